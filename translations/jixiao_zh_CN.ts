<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionAvailability</name>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="21" />
        <source>program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="24" />
        <source>Edit the program</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="26" />
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="26" />
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="28" />
        <source>Submit %1</source>
        <translation>报送%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="30" />
        <source>Approve %1</source>
        <translation>审核通过%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="32" />
        <source>Return %1</source>
        <translation>退回%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="34" />
        <source>Grade %1</source>
        <translation>评定%1等级</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="36" />
        <source>Apply for budget</source>
        <translation>申报预算</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="38" />
        <source>Arrange budget</source>
        <translation>安排预算</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="40" />
        <source>Pay</source>
        <translation>拨款</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="42" />
        <source>Give an order</source>
        <translation>下达财政指令</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="44" />
        <source>Lift the order</source>
        <translation>解除指令</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="46" />
        <source>Decide on next year's funding</source>
        <translation>作出下年度预算安排决定</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="47" />
        <source>Edit the decision on next year's funding</source>
        <translation>修改下年度预算安排决定</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="72" />
        <location filename="../core/workflow/ActionAvailability.cpp" line="87" />
        <location filename="../core/workflow/ActionAvailability.cpp" line="146" />
        <source>There is no subject with id %1.</source>
        <translation>不存在 ID 为 %1 的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="79" />
        <source>Editing a record needs its kind.</source>
        <translation>编辑记录须指明记录类型。</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="107" />
        <source>A workflow step needs a record.</source>
        <translation>流程操作须指明记录。</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="173" />
        <source>Lift %1</source>
        <translation>解除%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="206" />
        <source>%1 (month %2)</source>
        <translation>%1（%2月）</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="15" />
        <source>Ex-ante Performance Assessment Report</source>
        <translation>事前绩效评估报告</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="29" />
        <source>%1: %2 has no ex-ante assessment yet.</source>
        <translation>%1：%2尚无事前绩效评估。</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="39" />
        <source>Assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="45" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="47" />
        <source>Project unit</source>
        <translation>项目单位</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="49" />
        <source>Assessed by</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="51" />
        <source>Assessor</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55" />
        <source>Assessment dimension</source>
        <translation>评估维度</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55" />
        <source>Full score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55" />
        <source>Assessment comments</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="73" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="78" />
        <source>Conclusion</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="82" />
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="91" />
        <source>Assessing body (seal): </source>
        <translation>评估机构（盖章）：</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="92" />
        <source>Prepared by: </source>
        <translation>填表人：</translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="93" />
        <source>Date: </source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="39" />
        <source>%1 belongs to %2; only that agency may %3 it.</source>
        <translation>%1属于%2；只有该单位才能%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="43" />
        <source>%1 (%2) may not %3 %4.</source>
        <translation>%1（%2）无权%3%4。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="58" />
        <source>%1 is %2 and cannot be changed until it is returned.</source>
        <translation>%1%2，在退回之前不能修改。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="60" />
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="70" />
        <source>%1 has no owner agency.</source>
        <translation>%1没有所属单位。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="83" />
        <source>%1 (%2) may not review %3: only a finance department's reviewer does.</source>
        <translation>%1（%2）无权审核%3：只有财政部门审核人员才能审核。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="103" />
        <source>%1 is not in the area of %2 (%3).</source>
        <translation>%1不在%2（%3）的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="111" />
        <source>%1 belongs to %2 (%3): the finance department of that division reviews it; %4 acts through it.</source>
        <translation>%1属于%2（%3）：由该级财政部门审核，%4通过下级财政部门开展工作。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="144" />
        <source>%1 (%2) may not review %3 for its competent department.</source>
        <translation>%1（%2）不能代表主管部门审核%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="205" />
        <source>%1 prepared %2 and cannot also approve it.</source>
        <translation>%1是%2的填报人，不能同时审核通过。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="215" />
        <source>%1 (%2) may not apply for the budget of %3; its unit does.</source>
        <translation>%1（%2）无权为%3申报预算；应由其所属单位申报。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="227" />
        <source>Only a finance department decides how results are used (%1).</source>
        <translation>只有财政部门才能作出结果运用决定（%1）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="238" />
        <source>Only the finance department that gave an order lifts it.</source>
        <translation>只有下达指令的财政部门才能解除。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="75" />
        <location filename="../core/storage/Backup.cpp" line="98" />
        <location filename="../core/storage/Backup.cpp" line="126" />
        <location filename="../core/storage/Backup.cpp" line="130" />
        <source>Copying %1 failed: %2</source>
        <translation>复制 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="91" />
        <source>Copying %1 failed: the database is in use by another window or process (waited %2 seconds); try again when it is done.</source>
        <translation>复制 %1 失败：数据库正被另一个窗口或进程使用（已等待 %2 秒），请待其完成后再试。</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="109" />
        <source>“%1” already exists; a backup never overwrites a file.</source>
        <translation>“%1”已存在；备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="119" />
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="136" />
        <source>Cannot write “%1”: the copy could not be renamed into place.</source>
        <translation>无法写入“%1”：副本无法重命名到位。</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="175" />
        <source>“%1” cannot be read as a database: %2</source>
        <translation>无法将“%1”作为数据库读取：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="216" />
        <location filename="../core/storage/Backup.cpp" line="239" />
        <location filename="../core/storage/Backup.cpp" line="247" />
        <location filename="../core/storage/Backup.cpp" line="252" />
        <source>Nothing was restored: %1</source>
        <translation>未做任何恢复：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="224" />
        <source>Nothing was restored: “%1” cannot be read as a database: %2</source>
        <translation>未做任何恢复：“%1”无法作为数据库读取：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="244" />
        <source>Nothing was restored: cannot open “%1”: %2</source>
        <translation>未做任何恢复：无法打开“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="258" />
        <source>Nothing was restored: “%1” could not be moved aside.</source>
        <translation>未做任何恢复：无法将“%1”移到一旁保留。</translation>
    </message>
</context>
<context>
    <name>BudgetGates</name>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="27" />
        <source>reading the budget stage</source>
        <translation>读取预算状态</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="30" />
        <source>There is no program with id %1.</source>
        <translation>没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="45" />
        <source>changing the budget stage</source>
        <translation>更改预算状态</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="48" />
        <source>The program was changed meanwhile; reload it and try again.</source>
        <translation>该项目已被他人修改；请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="72" />
        <source>%1 is already %2.</source>
        <translation>%1已是“%2”状态。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="81" />
        <source>reading the ex-ante assessment</source>
        <translation>读取事前绩效评估</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="84" />
        <source>%1 is a major new program: it cannot be submitted for budget without an ex-ante assessment report.</source>
        <translation>%1是新增重大项目：没有事前绩效评估报告，不能申报预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="116" />
        <source>%1 is %2; only a program applied for is arranged a budget.</source>
        <translation>%1处于“%2”状态；只有已申报的项目才能安排预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="129" />
        <source>reading the targets</source>
        <translation>读取绩效目标</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="132" />
        <source>%1 has no approved performance targets for %2: no targets, no budget.</source>
        <translation>%1没有经审核的 %2 年度绩效目标：无绩效目标，不安排预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="138" />
        <source>%1 was assessed “do not support”: no budget is arranged.</source>
        <translation>%1的事前评估结论为“不予支持”：不安排预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="144" />
        <source>%1: %2; no budget is arranged until it is lifted.</source>
        <translation>%1：%2；解除之前不安排预算。</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="32" />
        <location filename="../ui/report/ChartImage.cpp" line="38" />
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="35" />
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="46" />
        <source>Export the chart as a picture</source>
        <translation>将图表导出为图片</translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="50" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="60" />
        <source>The chart was saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="65" />
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="36" />
        <source>Option --%1 takes no value.</source>
        <translation>选项 --%1 不带参数值。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="42" />
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="67" />
        <source>“%1” needs --%2.</source>
        <translation>“%1”命令需要 --%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="108" />
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="39" />
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="14" />
        <location filename="../app/cli/verbs/InitVerb.cpp" line="12" />
        <source>No database given: add --db FILE.</source>
        <translation>未指定数据库：请加上 --db 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="31" />
        <source>Unknown command “%1”; see jixiao-cli help.</source>
        <translation>未知命令“%1”；请查看 jixiao-cli help。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="36" />
        <source>Usage: jixiao-cli [--db FILE] [--json] COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：jixiao-cli [--db 文件] [--json] 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="41" />
        <source>
Books: general-public, government-fund, state-capital, social-insurance.
Kinds: project, policy, special-transfer. Tags: ppp, investment-fund, procurement,
purchased-service, debt. Amounts are typed as 1,234.56 (yuan) or 12.3万.
</source>
        <translation>
预算类别：general-public（一般公共）、government-fund（政府性基金）、state-capital（国有资本经营）、
social-insurance（社会保险基金）。类型：project（项目）、policy（政策）、special-transfer（专项转移支付）。
资金标识：ppp、investment-fund（政府投资基金）、procurement（政府采购）、purchased-service（政府购买服务）、
debt（政府债务项目）。金额可写作 1,234.56（元）或 12.3万。
</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InitVerb.cpp" line="27" />
        <source>Unknown agency kind “%1”: use finance or unit.</source>
        <translation>未知的单位类型“%1”：请用 finance（财政部门）或 unit（部门单位）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InitVerb.cpp" line="40" />
        <source>Created %1 for %2 (%3).</source>
        <translation>已为%2（%3）创建 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="26" />
        <source>--seed must be a whole number, not “%1”.</source>
        <translation>--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="90" />
        <source>--year must be a year, not “%1”.</source>
        <translation>--year 必须是年份，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="40" />
        <source>… %1%</source>
        <translation>…… %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="60" />
        <source>Created %1: %2 (%3), fiscal year %4; %5 agencies, %6 programs, %7 indicators, %8 monitoring reports, %9 self-evaluations.</source>
        <translation>已创建 %1：%2（%3），%4 预算年度；%5 个单位，%6 个项目，%7 个指标，%8 份监控报告，%9 份自评。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="29" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="30" />
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="31" />
        <source>Agency: %1 (%2)</source>
        <translation>单位：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="201" />
        <source>“program” needs a subcommand: add or list.</source>
        <translation>“program”需要子命令：add 或 list。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="57" />
        <source>Unknown unit “%1”: use yuan or 10k.</source>
        <translation>未知的金额单位“%1”：请用 yuan（元）或 10k（万元）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="16" />
        <source>“budget” needs a subcommand: apply, arrange or pay.</source>
        <translation>“budget”需要子命令：apply、arrange 或 pay。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="39" />
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="61" />
        <source>--amount: %1</source>
        <translation>--amount：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="63" />
        <source>Paid %1 (payment %2); %3 paid in all.</source>
        <translation>已拨付%1（拨款记录 %2），累计拨付%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="79" />
        <source>The program is now: %1.</source>
        <translation>项目当前状态：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="20" />
        <source>last year's result: %1 %2, %3</source>
        <translation>上年结果运用：%1 %2，%3</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="42" />
        <source>--predecessor: “%1” is not a program id.</source>
        <translation>--predecessor：“%1”不是项目编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="63" />
        <source>--amount: the amount %1 is negative; a program budget cannot be below zero.</source>
        <translation>--amount：金额 %1 为负数；项目预算不能小于零。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="72" />
        <source>Unknown budget book “%1”.</source>
        <translation>未知的预算类别“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="78" />
        <source>Unknown program kind “%1”.</source>
        <translation>未知的项目类型“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="85" />
        <source>Unknown funding tag “%1”.</source>
        <translation>未知的资金标识“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="129" />
        <source>Added %1, %2, id %3.</source>
        <translation>已添加%1，%2，编号 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="151" />
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="187" />
        <source>%1 of %2 programs.</source>
        <translation>共 %2 个项目，显示 %1 个。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="22" />
        <source>Unknown record kind “%1”: use assessment, targets, monitoring, evaluation or application.</source>
        <translation>未知的记录类型“%1”：请用 assessment（事前评估）、targets（绩效目标）、monitoring（监控）、evaluation（自评）或 application（结果运用）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="55" />
        <source>A grade or decisions on items apply to one self-evaluation at a time.</source>
        <translation>评定等级或对事项作出决定时，一次只能针对一份绩效自评。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="27" />
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="26" />
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="32" />
        <source>Unknown role “%1”: use preparer, head, reviewer or admin.</source>
        <translation>未知的角色“%1”：请用 preparer（填报人员）、head（单位负责人）、reviewer（财政审核人员）或 admin（财政管理员）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="21" />
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="43" />
        <source>--id: “%1” is not a record id.</source>
        <translation>--id：“%1”不是记录编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="26" />
        <source>“assess” needs --program (a new assessment) or --id (an existing one).</source>
        <translation>“assess”需要 --program（新建评估）或 --id（已有评估）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="36" />
        <source>--scores: “%1” is not a score.</source>
        <translation>--scores：“%1”不是有效分数。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="40" />
        <source>--scores needs %1 scores (立项必要性, 投入经济性, 绩效目标合理性, 实施方案可行性, 筹资合规性), not %2.</source>
        <translation>--scores 需要 %1 个分数（立项必要性、投入经济性、绩效目标合理性、实施方案可行性、筹资合规性），而不是 %2 个。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="51" />
        <source>Unknown conclusion “%1”: use support, support-after-revision or reject.</source>
        <translation>未知的评估结论“%1”：请使用 support、support-after-revision 或 reject。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="60" />
        <source>Unknown assessor “%1”: use self, finance or third-party.</source>
        <translation>未知的评估主体“%1”：请使用 self、finance 或 third-party。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="70" />
        <source>Cannot read the report “%1”: %2</source>
        <translation>无法读取评估报告“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="97" />
        <source>There is no ex-ante assessment with id %1.</source>
        <translation>不存在编号为 %1 的事前绩效评估。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="121" />
        <source>Ex-ante assessment %1 saved: %2 points, %3.</source>
        <translation>事前绩效评估 %1 已保存：%2 分，%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="47" />
        <source>Only approve takes several ids at once.</source>
        <translation>只有 approve 可以一次处理多个编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="101" />
        <source>--agency: “%1” is not an agency id.</source>
        <translation>--agency：“%1”不是单位编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="93" />
        <source>Done: %1 %2 record(s).</source>
        <translation>完成：%1 %2 条记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="18" />
        <source>export writes JSON: add --json.</source>
        <translation>export 输出 JSON：请加上 --json。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="42" />
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="47" />
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="126" />
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="132" />
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="55" />
        <source>import needs a file: jixiao-cli --db FILE import DATA.json</source>
        <translation>import 需要一个文件：jixiao-cli --db 数据库 import 数据.json</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="60" />
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="25" />
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="77" />
        <source>Nothing was imported from “%1”; %2 problem(s): %3</source>
        <translation>“%1”未导入任何数据；共 %2 处问题：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="90" />
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="124" />
        <source>Dry run, nothing written: </source>
        <translation>试运行，未写入：</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="91" />
        <source>%1 programs created, %2 updated; %3 indicators, %4 monitoring reports, %5 self-evaluations.</source>
        <translation>新建 %1 个项目，更新 %2 个；%3 个指标，%4 份监控报告，%5 份自评。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="22" />
        <source>--today must be a date like 2025-05-20, not “%1”.</source>
        <translation>--today 必须是 2025-05-20 这样的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="60" />
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="61" />
        <location filename="../app/cli/verbs/DueVerb.cpp" line="71" />
        <source>%1 of %2 handed in, %3 missing</source>
        <translation>应报 %2 份，已报 %1 份，缺 %3 份</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="64" />
        <source> — OVERDUE</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="78" />
        <source>--program: “%1” is not a program id.</source>
        <translation>--program：“%1”不是项目编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="15" />
        <source>Unknown “order” subcommand “%1”: use lift.</source>
        <translation>未知的“order”子命令“%1”：请使用 lift。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="25" />
        <source>Unknown order “%1”: use rectify, suspend or stop.</source>
        <translation>未知的指令“%1”：请用 rectify（整改）、suspend（暂缓）或 stop（停止）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="42" />
        <source>%1: order %2.</source>
        <translation>%1：指令 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="20" />
        <source>Unknown decision “%1”: use increase, keep, reduce or cancel.</source>
        <translation>未知的决定“%1”：请用 increase（增加）、keep（维持）、reduce（消减）或 cancel（取消）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="26" />
        <source>--change: %1</source>
        <translation>--change：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="46" />
        <source>Result application %1 for %2 saved as a draft.</source>
        <translation>%2 年度结果运用 %1 已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="88" />
        <source>Targets: %1</source>
        <translation>绩效目标：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="89" />
        <source>Budget execution: %1</source>
        <translation>预算执行：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="92" />
        <source>Total %1, grade %2.</source>
        <translation>总分 %1，等级 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="95" />
        <source>open</source>
        <translation>待决定</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="96" />
        <source>accepted</source>
        <translation>已认可</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="97" />
        <source>rejected</source>
        <translation>未认可</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="99" />
        <source>For finance: “%1” (%2) not applicable, %3 points out: %4</source>
        <translation>待财政审核：“%1”（%2）申报不适用，剔除 %3 分：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="100" />
        <source>For finance: “%1” (%2) far above target, %3 points to deduct: %4</source>
        <translation>待财政审核：“%1”（%2）实际值远超目标值，拟扣减 %3 分：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="106" />
        <source>To put right: %1</source>
        <translation>需要更正：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="11" />
        <source>  init --division CODE --agency NAME [--kind finance|unit] [--code CODE]
        create a database for an agency
</source>
        <translation>  init --division 区划代码 --agency 单位名称 [--kind finance|unit] [--code 单位编码]
        为单位创建数据库
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="15" />
        <source>  demo [--scale county|prefecture|region] [--seed N] [--year YEAR] [--region CODE]
        create a database with deterministic synthetic data
</source>
        <translation>  demo [--scale county|prefecture|region] [--seed N] [--year 年度] [--region 区划代码]
        创建带确定性演示数据的数据库
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="19" />
        <source>  info  counts per table and the schema version
</source>
        <translation>  info  各数据表的记录数和结构版本
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="21" />
        <source>  program add --name NAME --amount AMOUNT [--unit yuan|10k] [--book BOOK] [--kind KIND]
        [--year YEAR] [--function CODE] [--tags TAG,...] [--new] [--major] [--mid-year]
  program add --predecessor ID [--name NAME] [--amount AMOUNT] [OPTIONS]
        next year's program continuing ID (its decision shows in the list)
  program list [--year YEAR] [--search TEXT] [--limit N]
</source>
        <translation>  program add --name 名称 --amount 金额 [--unit yuan|10k] [--book 预算类别] [--kind 类型]
        [--year 年度] [--function 功能分类] [--tags 标识,...] [--new] [--major] [--mid-year]
  program add --predecessor 项目编号 [--name 名称] [--amount 金额] [选项]
        登记延续上年项目的下一年度项目（清单中显示上年结果运用）
  program list [--year 年度] [--search 文字] [--limit N]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="28" />
        <source>  score --program ID
        the self-evaluation score: execution rate, every indicator, total and grade
  score --all [--year YEAR]
        every self-evaluation of a year; refreshes the stored score of drafts
</source>
        <translation>  score --program 项目编号
        绩效自评得分：预算执行率、各项指标得分、总分和等级
  score --all [--year 年度]
        对一个年度的全部绩效自评评分；同时更新草稿中保存的得分
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="34" />
        <source>  submit|approve|return --record KIND --id ID[,ID...] --as NAME --role ROLE
        [--agency ID] [--comment TEXT]
        move a record through its workflow; KIND: assessment, targets, monitoring,
        evaluation, application; ROLE: preparer, head, reviewer, admin
  approve --record evaluation --id ID ... [--grade excellent|good|fair|poor|优|良|中|差]
        [--reason TEXT] [--accept IND,...] [--reject IND,...] [--deduct IND,...]
        finance's grade (a reason when it differs from the computed one), its decision
        on every 不适用 claim and the far-above deductions it confirms
</source>
        <translation>  submit|approve|return --record 类型 --id 编号[,编号...] --as 姓名 --role 角色
        [--agency 单位编号] [--comment 意见]
        提交、审核通过或退回记录；类型：assessment、targets、monitoring、evaluation、
        application；角色：preparer、head、reviewer、admin
  approve --record evaluation --id 编号 ... [--grade excellent|good|fair|poor|优|良|中|差]
        [--reason 理由] [--accept 指标编号,...] [--reject 指标编号,...] [--deduct 指标编号,...]
        财政评定等级（与计算等级不一致时须说明理由），对每项“不适用”申报作出认定，
        并确认远超目标值的扣分
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="57" />
        <source>  decide --program ID --decision increase|keep|reduce|cancel [--change AMOUNT] --reason TEXT
        a draft result application for next year (submit it with submit --record application)
</source>
        <translation>  decide --program 项目编号 --decision increase|keep|reduce|cancel [--change 金额] --reason 理由
        下一年度结果运用草稿（再用 submit --record application 提交）
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="61" />
        <source>  due [--agency ID] [--year YEAR] [--today YYYY-MM-DD]
        work due and overdue under the statutory calendar
</source>
        <translation>  due [--agency 单位编号] [--year 年度] [--today 日期]
        按法定期限列出待办和逾期事项
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="65" />
        <source>  order --program ID --kind rectify|suspend|stop --reason TEXT --as NAME [--role ROLE]
        a finance order on a program after monitoring
  order lift --id ORDER --reason TEXT [--outcome TEXT] --as NAME [--role ROLE]
        lift it; lifting an order to rectify records the outcome of the rectification
</source>
        <translation>  order --program 项目编号 --kind rectify|suspend|stop --reason 理由 --as 姓名 [--role 角色]
        根据监控结果对项目下达整改、暂缓或停止指令
  order lift --id 指令编号 --reason 理由 [--outcome 整改结果] --as 姓名 [--role 角色]
        解除指令；解除整改指令时须记录整改结果
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="79" />
        <source>  assess (--program ID | --id ID) [--scores N,N,N,N,N] [--report TEXT | --report-file FILE]
        [--conclusion CODE] [--assessor self|finance|third-party] [--assessor-name NAME]
        create or edit a draft ex-ante assessment (five dimensions; the conclusion follows
        the scores unless given)
</source>
        <translation>  assess (--program 项目编号 | --id 评估编号) [--scores N,N,N,N,N] [--report 文字 | --report-file 文件]
        [--conclusion 结论] [--assessor self|finance|third-party] [--assessor-name 评估机构]
        新建或修改事前绩效评估草稿（五个维度；未指定结论时按得分确定）
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="85" />
        <source>  budget apply|arrange --program ID --as NAME [--role ROLE]
  budget pay --program ID --amount AMOUNT --as NAME [--role ROLE] [--note TEXT]
        apply for a program's budget (unit), arrange it or pay it out (finance)
</source>
        <translation>  budget apply|arrange --program 项目编号 --as 姓名 [--role 角色]
  budget pay --program 项目编号 --amount 金额 --as 姓名 [--role 角色] [--note 说明]
        项目预算申报（单位）、安排预算或拨款（财政部门）
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="90" />
        <source>  records --program ID
        every record of a subject with its kind, id, status and year, and its orders
</source>
        <translation>  records --program 编号
        列出管理对象的全部记录（类型、编号、状态、年度）及财政指令
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="94" />
        <source>  keys generate [--replace] [--passphrase-file FILE]
        this installation's SM2 signing key, its private key encrypted under a passphrase
        (--passphrase-file, JIXIAO_PASSPHRASE, or asked on the terminal)
  keys export -o FILE     the key file for the level above (self-signed)
  keys register FILE [--fingerprint FP]   a lower level's key file
  keys list               own keys and known keys
  keys revoke FINGERPRINT --reason TEXT
</source>
        <translation>  keys generate [--replace] [--passphrase-file FILE]
        生成本单位的 SM2 签名密钥，私钥以口令加密保存
        （口令来自 --passphrase-file、JIXIAO_PASSPHRASE 环境变量，或在终端输入）
  keys export -o FILE     导出交给上级的密钥文件（自签名）
  keys register FILE [--fingerprint FP]   登记下级的密钥文件
  keys list               列出本单位密钥和已登记的密钥
  keys revoke FINGERPRINT --reason TEXT
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="103" />
        <source>  package export --to AGENCY --year YEAR [--stages STAGE,...] [--since-ack|--all] -o FILE
        [--passphrase-file FILE]
        a signed package for another agency (submission up, return down); stages: assessment,
        targets, monitoring, evaluation, application; the passphrase also from JIXIAO_PASSPHRASE
  package verify FILE [--db DB]
        header, signer, fingerprint, counts, and valid or why not (with --db: is the
        signer a registered, unrevoked key of the sender)
  package import FILE [--dry-run] [--summary FILE]
        verify and import a package, all or nothing; the summary as JSON (.json) or text
  package history
        the packages sent and received, with their summaries
</source>
        <translation>  package export --to 单位 --year 年度 [--stages 环节,...] [--since-ack|--all] -o 文件
        [--passphrase-file 文件]
        为另一单位生成签名数据包（向上为上报包，向下为下发包）；环节：assessment（事前评估）、
        targets（绩效目标）、monitoring（运行监控）、evaluation（绩效自评）、application（结果运用）；
        口令也可由 JIXIAO_PASSPHRASE 提供
  package verify 文件 [--db 数据库]
        显示包头、签名方、指纹、记录数，以及是否有效或无效原因（带 --db 时还检查
        签名密钥是否为发送单位已登记且未吊销的密钥）
  package import 文件 [--dry-run] [--summary 文件]
        校验并导入数据包，全部成功或全部不导入；导入摘要可保存为 JSON（.json）或文本
  package history
        已发送和已接收的数据包及其导入摘要
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="116" />
        <source>  report NAME -o FILE [--format xlsx|csv|html|pdf] [--year YEAR] [--agency ID|CODE]
        [--division CODE] [--subject ID|CODE] [--month M] [--unit yuan|wan]
        a report as the official form lays it out (merged headers, amounts in 万元)
  report --list           the reports, their titles and what each needs
</source>
        <translation>  report NAME -o FILE [--format xlsx|csv|html|pdf] [--year YEAR] [--agency ID|CODE]
        [--division CODE] [--subject ID|CODE] [--month M] [--unit yuan|wan]
        按正式表样生成报表（合并表头，金额以万元计）
  report --list           列出各报表的名称、标题及所需参数
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="71" />
        <source>  backup [COPY]
        a consistent copy of the database (without COPY: into the rotating set beside it)
</source>
        <translation>  backup [副本]
        生成数据库的一致副本（不指定副本时：存入数据库旁的轮换备份）
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="44" />
        <source>  export --json [--year YEAR] [--output FILE]
        programs with targets, monitoring and self-evaluation (docs/json-format.md)
  export template targets|monitoring|self-evaluation [--agency ID|CODE] [--year YEAR]
        [--month M] -o FILE.xlsx
        a fill-in template for Excel (docs/templates.md)
</source>
        <translation>  export --json [--year 年度] [--output 文件]
        导出项目及其绩效目标、监控和自评（见 docs/json-format.md）
  export template targets|monitoring|self-evaluation [--agency 单位ID|编码] [--year 年度]
        [--month 月份] -o 文件.xlsx
        导出供 Excel 填报的模板（见 docs/templates.md）
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="51" />
        <source>  import FILE.json [--dry-run]
        the same format, all or nothing; every rejected field with its path
  import FILE.xlsx [--dry-run] [--as NAME --role ROLE]
        a filled-in template, all or nothing; every problem as sheet!Cell: reason
</source>
        <translation>  import 文件.json [--dry-run]
        导入同一格式，要么全部导入、要么全不导入；逐项列出被拒绝的字段及其路径
  import 文件.xlsx [--dry-run] [--as 姓名 --role 角色]
        导入填好的模板，要么全部导入、要么全不导入；每个问题列为“工作表!单元格: 原因”
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="75" />
        <source>  restore BACKUP
        replace the database with a checked backup; the replaced one is kept
</source>
        <translation>  restore 备份
        用经过检查的备份替换数据库；被替换的数据库予以保留
</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="14" />
        <source>backup takes at most one file: jixiao-cli --db FILE backup [COPY]</source>
        <translation>backup 最多接受一个文件：jixiao-cli --db 文件 backup [副本]</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="31" />
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="42" />
        <source>restore needs one backup file: jixiao-cli --db FILE restore BACKUP</source>
        <translation>restore 需要一个备份文件：jixiao-cli --db 文件 restore 备份</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="51" />
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="53" />
        <source>Restored %1 from %2; the database it replaced is kept as %3.</source>
        <translation>已从 %2 恢复 %1；被替换的数据库保留为 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderLiftVerb.cpp" line="16" />
        <source>--id: “%1” is not an order id.</source>
        <translation>--id：“%1”不是指令编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderLiftVerb.cpp" line="34" />
        <source>Order %1 lifted.</source>
        <translation>指令 %1 已解除。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="31" />
        <source>No subject has the id %1.</source>
        <translation>不存在编号为 %1 的管理对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="83" />
        <source>%1, %2</source>
        <translation>%1，%2年度</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="85" />
        <source>Last year's result: %1 %2 (%3), decision %4.</source>
        <translation>上年结果运用：%1 %2（%3），结果运用记录 %4。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="101" />
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="101" />
        <source>lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="104" />
        <source>%1 record(s), %2 order(s).</source>
        <translation>共 %1 条记录，%2 条指令。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="16" />
        <source>score takes either --program or --all.</source>
        <translation>score 只能指定 --program 或 --all 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="58" />
        <source>%1: %2, %3 (%4)%5</source>
        <translation>%1：%2 分，%3（%4）%5</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="60" />
        <source>, stored</source>
        <translation>，已保存</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="63" />
        <source>%1: cannot be scored: %2</source>
        <translation>%1：无法评分：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="71" />
        <source>%1 self-evaluation(s) of %2 scored in %3 ms; %4 stored score(s) refreshed, %5 cannot be scored.</source>
        <translation>已对 %2 年度 %1 份绩效自评评分，用时 %3 毫秒；更新保存得分 %4 份，无法评分 %5 份。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="19" />
        <source>--%1: “%2” is not an indicator id.</source>
        <translation>--%1：“%2”不是指标编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="40" />
        <source>--%1 belongs to approve --record evaluation.</source>
        <translation>--%1 只能用于 approve --record evaluation。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="48" />
        <source>Unknown grade “%1”: use excellent, good, fair, poor (or 优, 良, 中, 差).</source>
        <translation>未知等级“%1”：请使用 excellent、good、fair、poor（或 优、良、中、差）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="61" />
        <source>Indicator %1 is both accepted and rejected.</source>
        <translation>指标 %1 不能同时认可和不认可。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="73" />
        <source>Indicator %1: a deduction applies to a scored indicator, not to one marked not applicable.</source>
        <translation>指标 %1：扣分只适用于参与评分的指标，不适用于申报“不适用”的指标。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="43" />
        <source>This installation already has signing key %1; a new key replaces it and the level above must register the new key file: add --replace to do so.</source>
        <translation>本单位已有签名密钥 %1；新密钥将替换它，上级须重新登记新的密钥文件。确需替换请加 --replace。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="58" />
        <source>New SM2 signing key of %1, fingerprint %2.</source>
        <translation>已为%1生成新的 SM2 签名密钥，指纹 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="60" />
        <source>Export its key file (keys export -o FILE) and give it to the level above; compare the fingerprint with them by phone.</source>
        <translation>请导出密钥文件（keys export -o FILE）交给上级，并通过电话与上级核对指纹。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="75" />
        <source>keys export needs a file: keys export -o FILE</source>
        <translation>keys export 需要指定文件：keys export -o FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="86" />
        <source>Key file of %1 written to %2; fingerprint %3.</source>
        <translation>%1的密钥文件已写入 %2；指纹 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="97" />
        <source>keys register needs a key file: keys register FILE</source>
        <translation>keys register 需要指定密钥文件：keys register FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="104" />
        <source>The key in “%1” has fingerprint %2, not %3: it is not the key the sender described; nothing was registered.</source>
        <translation>“%1”中的密钥指纹为 %2，而不是 %3：不是发送方所说的密钥，未作登记。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="116" />
        <source>Registered key %1 of %2.</source>
        <translation>已登记%2的密钥 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="118" />
        <source>Compare this fingerprint with the sender by phone; if it differs, revoke the key.</source>
        <translation>请通过电话与发送方核对此指纹；如不一致，请吊销该密钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="150" />
        <source>Own signing keys of %1:</source>
        <translation>%1的签名密钥：</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="152" />
        <source>  none (keys generate)</source>
        <translation>  无（请执行 keys generate）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="156" />
        <source>retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="156" />
        <source>current</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="159" />
        <source>Known keys of other agencies:</source>
        <translation>已登记的其他单位密钥：</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="161" />
        <source>  none (keys register FILE)</source>
        <translation>  无（请执行 keys register FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="164" />
        <source>revoked %1: %2</source>
        <translation>%1 已吊销：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="165" />
        <source>registered %1</source>
        <translation>%1 登记</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="175" />
        <source>keys revoke needs a fingerprint: keys revoke FINGERPRINT --reason TEXT</source>
        <translation>keys revoke 需要指定指纹：keys revoke FINGERPRINT --reason TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="186" />
        <source>Key %1 revoked: packages signed with it are refused from now on.</source>
        <translation>密钥 %1 已吊销：此后用它签名的数据包一律拒收。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="210" />
        <source>“keys” needs a subcommand: generate, export, register, list or revoke.</source>
        <translation>“keys”需要子命令：generate、export、register、list 或 revoke。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="34" />
        <source>The signing key needs its passphrase: add --passphrase-file FILE or set JIXIAO_PASSPHRASE.</source>
        <translation>签名密钥需要口令：请加 --passphrase-file 文件，或设置 JIXIAO_PASSPHRASE。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="39" />
        <source>submission</source>
        <translation>上报包</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="39" />
        <source>return</source>
        <translation>下发包</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="64" />
        <source>package export needs --year YEAR.</source>
        <translation>package export 需要 --year 年度。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="72" />
        <source>package export needs the file to write: -o FILE.</source>
        <translation>package export 需要指定输出文件：-o 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="74" />
        <source>Choose --all or --since-ack, not both.</source>
        <translation>--all 与 --since-ack 只能选其一。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="108" />
        <source>Wrote %1 package number %2 for %3 to %4: %5 records.</source>
        <translation>已为%3生成第 %2 号%1，写入 %4：共 %5 条记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="140" />
        <source>package import needs a file: jixiao-cli --db FILE package import PACKAGE</source>
        <translation>package import 需要数据包文件：jixiao-cli --db 文件 package import 数据包</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="204" />
        <source>Packages sent: %1</source>
        <translation>已发送数据包：%1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="210" />
        <source>%1 to %2, year %3, %4 records, %5</source>
        <translation>%1，发往 %2，%3 年度，%4 条记录，%5</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="214" />
        <source>acknowledged</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="214" />
        <source>not acknowledged yet</source>
        <translation>对方尚未确认</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="217" />
        <source>Packages received: %1</source>
        <translation>已接收数据包：%1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="221" />
        <source>%1 #%2 from %3, year %4: %5; %6 created, %7 updated, %8 unchanged, %9 ignored, %10 conflicts</source>
        <translation>%1 第 %2 号，来自%3，%4 年度：%5；新增 %6，更新 %7，未变 %8，忽略 %9，冲突 %10</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="248" />
        <source>package needs export, import or history (see jixiao-cli --help).</source>
        <translation>package 需要 export、import 或 history（见 jixiao-cli --help）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="29" />
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="102" />
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="110" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="43" />
        <source>package verify needs a file: package verify FILE [--db DB]</source>
        <translation>package verify 需要指定文件：package verify FILE [--db DB]</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="58" />
        <source>registered key of %1</source>
        <translation>%1已登记的密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="91" />
        <source>Package:      %1 (%2 bytes)</source>
        <translation>数据包：    %1（%2 字节）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="95" />
        <source>(the header below is shown as the file says; it is not verified)</source>
        <translation>（以下包头按文件原样显示，未经验证）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="96" />
        <source>Format:       %1</source>
        <translation>格式版本：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="97" />
        <source>Kind:         %1</source>
        <translation>类型：      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="98" />
        <source>Package ID:   %1</source>
        <translation>包编号：    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="99" />
        <source>Sender:       %1</source>
        <translation>发送单位：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="100" />
        <source>Recipient:    %1</source>
        <translation>接收单位：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="101" />
        <source>Fiscal year:  %1</source>
        <translation>预算年度：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="102" />
        <source>Stages:       %1</source>
        <translation>业务环节：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="104" />
        <source>Created:      %1 UTC</source>
        <translation>生成时间：  %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="106" />
        <source>Sequence:     %1</source>
        <translation>序号：      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="110" />
        <source>Records:      %1</source>
        <translation>记录数：    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="112" />
        <source>Payload:      %1 bytes, SM3 %2</source>
        <translation>数据内容：  %1 字节，SM3 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="116" />
        <source>Signer key:   %1</source>
        <translation>签名密钥：  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="118" />
        <source>Signer:       %1</source>
        <translation>签名方：    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="119" />
        <source>Result:       valid</source>
        <translation>结论：      有效</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="119" />
        <source>Result:       NOT VALID</source>
        <translation>结论：      无效</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="45" />
        <source>Cannot read the passphrase file “%1”: %2</source>
        <translation>无法读取口令文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="50" />
        <source>The passphrase file “%1” is empty.</source>
        <translation>口令文件“%1”为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="55" />
        <source>Passphrase of the signing key: </source>
        <translation>签名密钥口令：</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="58" />
        <source>A passphrase is needed: give --passphrase-file FILE, set JIXIAO_PASSPHRASE, or run on a terminal.</source>
        <translation>需要口令：请用 --passphrase-file FILE 指定、设置 JIXIAO_PASSPHRASE 环境变量，或在终端中运行。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="61" />
        <source>The same passphrase again: </source>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="63" />
        <source>The two passphrases differ; nothing was done.</source>
        <translation>两次输入的口令不一致，未作任何操作。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="69" />
        <source>--agency: there is no agency with the id or code “%1”.</source>
        <translation>--agency：没有标识或代码为“%1”的单位。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="72" />
        <source>--agency: %1 agencies have the code “%2”; give the agency's id.</source>
        <translation>--agency：有 %1 个单位的代码为“%2”，请给出单位标识。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="92" />
        <source>--subject: there is no subject with the id or code “%1”.</source>
        <translation>--subject：没有标识或代码为“%1”的绩效管理对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="95" />
        <source>--subject: %1 subjects have the code “%2”; give --year or the subject's id.</source>
        <translation>--subject：有 %1 个对象的代码为“%2”，请给出 --year 或对象标识。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="113" />
        <source>This jixiao-cli was built without the PDF writer (%1); write --format xlsx, csv or html.</source>
        <translation>此版本的 jixiao-cli 未包含 PDF 输出功能（%1）；请使用 --format xlsx、csv 或 html。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="129" />
        <source>“report” needs the name of a report; see jixiao-cli report --list.</source>
        <translation>“report”需要报表名称；参见 jixiao-cli report --list。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="133" />
        <source>There is no report named “%1”; see jixiao-cli report --list.</source>
        <translation>没有名为“%1”的报表；参见 jixiao-cli report --list。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="141" />
        <source>“report” needs -o FILE.</source>
        <translation>“report”需要 -o FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="150" />
        <source>--format: give xlsx, csv, html or pdf (the file's suffix names none).</source>
        <translation>--format：请给出 xlsx、csv、html 或 pdf（文件后缀未指明格式）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="158" />
        <source>--format must be xlsx, csv, html or pdf, not “%1”.</source>
        <translation>--format 应为 xlsx、csv、html 或 pdf，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="172" />
        <source>--unit must be yuan or wan, not “%1”.</source>
        <translation>--unit 应为 yuan 或 wan，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="178" />
        <source>--month must be a month from 1 to 12, not “%1”.</source>
        <translation>--month 应为 1 至 12 的月份，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="182" />
        <source>The report “%1” needs --subject ID|CODE.</source>
        <translation>报表“%1”需要 --subject ID|CODE。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="184" />
        <source>The report “%1” needs --month M.</source>
        <translation>报表“%1”需要 --month M。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="220" />
        <source>Wrote %1 (%2 rows, sheets: %3) to %4.</source>
        <translation>已将%1写入 %4（%2 行，%3 张表）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="39" />
        <source>export template needs a kind: targets, monitoring or self-evaluation.</source>
        <translation>export template 需要指定模板种类：targets（绩效目标）、monitoring（绩效监控）或 self-evaluation（绩效自评）。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="46" />
        <source>export template needs a file: -o FILE.xlsx</source>
        <translation>export template 需要指定文件：-o 文件.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="55" />
        <source>--month: “%1” is not a month 1–12.</source>
        <translation>--month：“%1”不是 1—12 之间的月份。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="81" />
        <source>%1 template of %2 for %3 with %4 program(s) written to %5.</source>
        <translation>已将%2 %3 年度的%1填报模板（共 %4 个项目）写入 %5。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="122" />
        <source>Nothing was imported from “%1”; %2 problem(s).</source>
        <translation>“%1”未导入任何内容；共有 %2 个问题。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="125" />
        <source>%1 of %2: %3 program(s), %4 row(s); %5 record(s) created, %6 updated, %7 unchanged.</source>
        <translation>%2 年度%1：%3 个项目，%4 行；新建 %5 条记录，更新 %6 条，未变 %7 条。</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="118" />
        <source>counting the programs</source>
        <translation>统计项目数</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="126" />
        <location filename="../core/storage/DashboardQuery.cpp" line="170" />
        <location filename="../core/storage/DashboardQuery.cpp" line="259" />
        <location filename="../core/storage/DashboardQuery.cpp" line="274" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="136" />
        <source>counting the records</source>
        <translation>统计各环节记录</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="153" />
        <source>counting the orders</source>
        <translation>统计处理措施</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="163" />
        <source>counting the grades</source>
        <translation>统计评价等级</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="176" />
        <source>summing the monitoring</source>
        <translation>汇总运行监控</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="215" />
        <source>reading the latest monitoring</source>
        <translation>读取最近一期运行监控</translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="241" />
        <source>counting the programs by unit</source>
        <translation>按单位统计项目数</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="96" />
        <source>“%1” was not upgraded, because no backup of it could be made: %2</source>
        <translation>“%1”未升级，因为无法先为其制作备份：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="111" />
        <source>“%1” is read-only and of an older schema (%2), which Jixiao can only read after upgrading it; copy it to a folder of yours and open the copy.</source>
        <translation>“%1”为只读文件，且数据结构为旧版本（%2），须升级后才能读取；请将其复制到您有写入权限的文件夹后打开副本。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="166" />
        <source>“%1” cannot be opened (in the folder “%2”); check that the file and the folder may be read.</source>
        <translation>无法打开“%1”（所在文件夹：“%2”）；请检查该文件及文件夹是否可读。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="176" />
        <source>Cannot open “%1”: the SQLite driver gives no handle.</source>
        <translation>无法打开“%1”：SQLite 驱动未提供连接句柄。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="192" />
        <source>“%1” is open read-only (the file or its folder cannot be written); nothing can be saved. Copy it to a folder of yours and open the copy to work in it.</source>
        <translation>“%1”以只读方式打开（文件或其所在文件夹不可写入），无法保存任何修改。如需编辑，请将其复制到您有写入权限的文件夹后打开副本。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="201" />
        <source>“%1” was upgraded from schema %2 to %3; the file as it was is kept as “%4”.</source>
        <translation>“%1”已从结构版本 %2 升级到 %3；升级前的文件保留为“%4”。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="232" />
        <source>reading the reference schema</source>
        <translation>读取参照数据库结构</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="306" />
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="334" />
        <location filename="../core/storage/Database.cpp" line="398" />
        <source>preparing a statement</source>
        <translation>准备查询语句</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="457" />
        <source>The database “%1” is in use by another window or process (waited %2 seconds while %3); try again when it is done.</source>
        <translation>数据库“%1”正被另一个窗口或进程使用（%3时已等待 %2 秒），请待其完成后再试。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="473" />
        <source>Database error while %1: %2</source>
        <translation>%1时数据库出错：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="561" />
        <source>saving setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="610" />
        <source>A step of this change failed; nothing was saved.</source>
        <translation>此次修改中有一步失败，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="87" />
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="89" />
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="91" />
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="93" />
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="120" />
        <source>“%1” contains a trigger (“%2”) that Jixiao never creates; the file is refused so that it cannot run.</source>
        <translation>“%1”含有绩效软件从不创建的触发器（“%2”）；为防止其运行，拒绝打开该文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="126" />
        <source>“%1” contains a view (“%2”) that Jixiao never creates; the file is refused.</source>
        <translation>“%1”含有绩效软件从不创建的视图（“%2”）；拒绝打开该文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="132" />
        <source>“%1” contains the %2 “%3”, which is not part of a Jixiao database of schema %4; the file is refused.</source>
        <translation>“%1”含有%2“%3”，它不属于结构版本 %4 的绩效数据库；拒绝打开该文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="144" />
        <source>The table “%2” of “%1” lacks the column “%3” of a Jixiao database of schema %4; the file was changed by another program and is refused.</source>
        <translation>“%1”的表“%2”缺少结构版本 %4 的绩效数据库应有的列“%3”；该文件已被其他程序改动，拒绝打开。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="153" />
        <source>The table “%2” of “%1” has a column “%3” that a Jixiao database of schema %4 does not have; the file was changed by another program and is refused.</source>
        <translation>“%1”的表“%2”含有结构版本 %4 的绩效数据库所没有的列“%3”；该文件已被其他程序改动，拒绝打开。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="162" />
        <source>The %2 “%3” of “%1” differs from that of a Jixiao database of schema %4; the file was changed by another program and is refused.</source>
        <translation>“%1”的%2“%3”与结构版本 %4 的绩效数据库不一致；该文件已被其他程序改动，拒绝打开。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="171" />
        <source>“%1” lacks the %2 “%3” of a Jixiao database of schema %4; the file is damaged or was changed by another program.</source>
        <translation>“%1”缺少结构版本 %4 的绩效数据库应有的%2“%3”；该文件已损坏或被其他程序改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="185" />
        <source>“%1” is damaged (%2); restore it from a backup (jixiao-cli restore).</source>
        <translation>“%1”已损坏（%2）；请从备份恢复（jixiao-cli restore）。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="224" />
        <source>The database file “%1” does not exist; create it with “init” or open another file.</source>
        <translation>数据库文件“%1”不存在；请用“init”创建，或打开其他文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="227" />
        <source>“%1” is a folder, not a Jixiao database.</source>
        <translation>“%1”是文件夹，不是绩效数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="230" />
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="237" />
        <source>“%1” is empty (0 bytes), not a Jixiao database; create one with “init” or open another file.</source>
        <translation>“%1”是空文件（0 字节），不是绩效数据库；请用“init”创建，或打开其他文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="242" />
        <source>“%1” is not a Jixiao database (it is not an SQLite file).</source>
        <translation>“%1”不是绩效数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="244" />
        <source>it ends inside its header, after %1 bytes</source>
        <translation>文件在头部中途结束，仅有 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="253" />
        <source>“%1” is read-only (the file or its folder cannot be written); copy it to a folder of yours and open the copy.</source>
        <translation>“%1”为只读（文件或其所在文件夹不可写）；请复制到您自己的文件夹后打开副本。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="261" />
        <location filename="../core/storage/DatabaseFile.cpp" line="270" />
        <source>“%1” cannot be read as a database: %2</source>
        <translation>无法将“%1”作为数据库读取：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="275" />
        <source>“%1” is an empty SQLite file, not a Jixiao database; it is left as it is.</source>
        <translation>“%1”是空的 SQLite 文件，不是绩效数据库；文件保持原样。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="278" />
        <source>“%1” is an SQLite file of another application, not a Jixiao database.</source>
        <translation>“%1”是其他软件的 SQLite 文件，不是绩效数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="282" />
        <source>“%1” was written by a newer version of Jixiao (schema %2; this version reads up to %3). Please update Jixiao.</source>
        <translation>“%1”由更新版本的绩效软件写入（结构版本 %2；本版本最高只能读取 %3）。请升级软件。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="290" />
        <source>“%1” is an unfinished Jixiao database (its creation was interrupted); create a new one.</source>
        <translation>“%1”是未完成的绩效数据库（创建过程被中断）；请重新创建。</translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="327" />
        <source>%1 rows of table %2 refer to rows that do not exist</source>
        <translation>表 %2 中有 %1 行引用了不存在的记录</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="127" />
        <location filename="../core/workflow/DeadlineService.cpp" line="161" />
        <source>There is no agency with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="215" />
        <location filename="../core/workflow/DeadlineService.cpp" line="244" />
        <source>reading what is due</source>
        <translation>读取待办事项</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="111" />
        <source>Monitoring of month %1 of %2</source>
        <translation>%2 年 %1 月绩效监控</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="113" />
        <source>Mid-year check of the overall targets of %1</source>
        <translation>%1 年度部门整体绩效目标年中监控</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="115" />
        <source>Self-evaluation of the programs and overall budgets of %1</source>
        <translation>%1年度项目支出和部门整体支出绩效自评</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="116" />
        <source>Self-evaluation of the government budget of %1</source>
        <translation>%1 年度政府收支预算绩效自评</translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="286" />
        <source>Annual summary of budget performance work of %1</source>
        <translation>%1 年度预算绩效管理工作总结</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoBuilder.cpp" line="245" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="39" />
        <source>Unknown scale “%1”: use county, prefecture or region.</source>
        <translation>未知的规模“%1”：请用 county（县）、prefecture（地州市）或 region（自治区）。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="47" />
        <source>“%1” is not a region-level division code (such as 650000).</source>
        <translation>“%1”不是省级行政区划代码（如 650000）。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="51" />
        <source>Demo year %1 is out of range (2018–2100).</source>
        <translation>演示年度 %1 超出范围（2018–2100）。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="71" />
        <source>Region %1 has no prefectures in the division list.</source>
        <translation>行政区划表中 %1 没有地级行政区。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="88" />
        <source>“%1” already exists; choose a new file name (an existing database is never overwritten).</source>
        <translation>“%1”已存在；请另选文件名（从不覆盖已有数据库）。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="178" />
        <source>The demo database was built but could not be moved to “%1”.</source>
        <translation>演示数据库已生成，但无法移动到“%1”。</translation>
    </message>
</context>
<context>
    <name>DivisionRepository</name>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="51" />
        <source>saving division %1</source>
        <translation>保存行政区划 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="73" />
        <source>reading division %1</source>
        <translation>读取行政区划 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="82" />
        <source>reading divisions under %1</source>
        <translation>读取 %1 的下级行政区划</translation>
    </message>
</context>
<context>
    <name>EnumTable</name>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="389" />
        <source>%1: the stored value %2 is not a valid %3; the database is damaged or was written by a newer version of Jixiao.</source>
        <translation>%1：存储的值 %2 不是有效的 %3；数据库已损坏，或由更新版本的绩效软件写入。</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="397" />
        <source>%1: the stored value %2 holds bits that are no %3 (%4); the database is damaged or was written by a newer version of Jixiao.</source>
        <translation>%1：存储的值 %2 含有不属于 %3 的位（%4）；数据库已损坏，或由更新版本的绩效软件写入。</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="37" />
        <location filename="../core/workflow/EvaluationService.cpp" line="55" />
        <location filename="../core/workflow/EvaluationService.cpp" line="67" />
        <source>No program or budget with id %1.</source>
        <translation>没有编号为 %1 的项目或预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="80" />
        <source>%1 has no performance targets for %2.</source>
        <translation>%1没有 %2 年度的绩效目标。</translation>
    </message>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="44" />
        <source>%1 has no self-evaluation for %2.</source>
        <translation>%1没有 %2 年度的绩效自评。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="36" />
        <source>finding the agency “%1”</source>
        <translation>查找单位“%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="54" />
        <source>No agency known here has the id or code “%1” (neither among the agencies nor the registered keys).</source>
        <translation>本库中没有标识或编码为“%1”的单位（单位名录和已登记密钥中均未找到）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="64" />
        <source>Several agencies have the code “%1”; name one by its id.</source>
        <translation>有多个单位的编码为“%1”，请用单位标识指定。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="93" />
        <source>A package goes to another agency, not to %1 itself.</source>
        <translation>数据包只能发给其他单位，不能发给%1本身。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="95" />
        <source>A package is for one fiscal year; give the year.</source>
        <translation>数据包按预算年度生成，请指定年度。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="168" />
        <source>The package is addressed to another agency (id %1), not to %2; nothing was imported.</source>
        <translation>该数据包的接收方是另一单位（标识 %1），不是%2；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="178" />
        <source>Package %1 was already imported on %2; nothing changed.</source>
        <translation>数据包 %1 已于 %2 导入过，本次未作任何更改。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="189" />
        <source>Package %1 is number %2 of its sender, older than number %3 already imported from it; nothing changed.</source>
        <translation>数据包 %1 是发送方的第 %2 号，早于已导入的第 %3 号，本次未作任何更改。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="204" />
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation>未导入任何数据，因为导入前无法先备份数据库：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="256" />
        <source>Name the package file to write.</source>
        <translation>请指定要生成的数据包文件。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="267" />
        <source>No temporary folder for the package: %1</source>
        <translation>无法为数据包创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="318" />
        <source>“%1” is a key file, not a package of records: register it with “keys register”.</source>
        <translation>“%1”是密钥文件，不是数据包：请用“keys register”登记。</translation>
    </message>
</context>
<context>
    <name>ExchangeLog</name>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="70" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="165" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="191" />
        <source>reading the packages sent</source>
        <translation>读取已发送的数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="84" />
        <source>recording the package sent</source>
        <translation>登记已发送的数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="96" />
        <source>reading what the recipient acknowledged</source>
        <translation>读取接收方已确认的数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="108" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="118" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="219" />
        <source>reading the packages received</source>
        <translation>读取已接收的数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="145" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="153" />
        <source>recording the package received</source>
        <translation>登记已接收的数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="173" />
        <location filename="../core/exchange/ExchangeLog.cpp" line="179" />
        <source>recording the acknowledgement</source>
        <translation>登记接收方的确认</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="55" />
        <source>(here “%1”, in the package “%2”)</source>
        <translation>（本库为“%1”，数据包中为“%2”）</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="167" />
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="169" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="171" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="180" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="182" />
        <source>dry run, nothing written</source>
        <translation>预检，未写入任何数据</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="184" />
        <source>already imported, nothing changed</source>
        <translation>已导入过，未作任何更改</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="186" />
        <source>older than a package already imported, nothing changed</source>
        <translation>早于已导入的数据包，未作任何更改</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="188" />
        <source>refused, nothing changed</source>
        <translation>已拒收，未作任何更改</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="196" />
        <source>divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="197" />
        <source>agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="198" />
        <source>programs and budgets</source>
        <translation>项目和预算</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="199" />
        <source>indicator categories</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="200" />
        <source>library indicators</source>
        <translation>指标库指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="201" />
        <source>target sets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="202" />
        <source>indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="203" />
        <source>ex-ante assessments</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="204" />
        <source>monitoring reports</source>
        <translation>绩效监控报告</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="205" />
        <source>self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="206" />
        <source>reviews</source>
        <translation>财政审核</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="207" />
        <source>result applications</source>
        <translation>结果运用</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="208" />
        <source>workflow steps</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="209" />
        <source>finance orders</source>
        <translation>财政处理意见</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="210" />
        <source>payments</source>
        <translation>拨款</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="219" />
        <source>Status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="223" />
        <source>Package %1 from %2, sequence %3, fiscal year %4</source>
        <translation>数据包 %1，来自%2，第 %3 号，%4 预算年度</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="230" />
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts by kind:</source>
        <translation>新增 %1，更新 %2，未变 %3，忽略 %4，冲突 %5；按类别：</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="239" />
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts</source>
        <translation>新增 %1，更新 %2，未变 %3，忽略 %4，冲突 %5</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="249" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="253" />
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="256" />
        <source>Backup made before the import: %1</source>
        <translation>导入前已备份：%1</translation>
    </message>
</context>
<context>
    <name>FinanceOrderRepository</name>
    <message>
        <location filename="../core/storage/FinanceOrderRepository.cpp" line="8" />
        <source>An order (%1) needs a reason.</source>
        <translation>下达“%1”须说明理由。</translation>
    </message>
</context>
<context>
    <name>FinanceOrders</name>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="24" />
        <source>%1 of %2 needs a reason.</source>
        <translation>对%2%1须说明理由。</translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="57" />
        <source>There is no order with id %1.</source>
        <translation>没有编号为 %1 的财政指令。</translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="59" />
        <source>The order (%1) was already lifted.</source>
        <translation>该指令（%1）已经解除。</translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="74" />
        <source>Lifting an order needs a reason.</source>
        <translation>解除指令须说明理由。</translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="77" />
        <source>Lifting an order to rectify records the outcome of the rectification; give it.</source>
        <translation>解除整改指令须记录整改结果，请填写。</translation>
    </message>
</context>
<context>
    <name>FormCells</name>
    <message>
        <location filename="../core/report/FormCells.cpp" line="107" />
        <source>Unit: %1</source>
        <comment>the money unit of a form</comment>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="112" />
        <source>(Fiscal year %1)</source>
        <translation>（%1年度）</translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="117" />
        <source>Filled in by (seal): %1</source>
        <translation>填报单位（盖章）：%1</translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="122" />
        <source>%1 (%2)</source>
        <comment>a form's title and what it is of</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="140" />
        <source>%1-%2-%3</source>
        <comment>a date: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>FormSubject</name>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="15" />
        <source>%1: choose the program or budget it is for.</source>
        <translation>%1：请选择所填报的项目或预算。</translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="21" />
        <source>%1: there is no program or budget with id %2.</source>
        <translation>%1：不存在编号为 %2 的项目或预算。</translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="30" />
        <source>%1 is made for a %2; %3 is a %4.</source>
        <translation>%1适用于%2；%3属于%4。</translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="31" />
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <location filename="../core/storage/Installation.cpp" line="20" />
        <source>Unknown division code “%1”: use a six-digit GB/T 2260 code such as 650000 or 653101.</source>
        <translation>未知的行政区划代码“%1”：请使用六位 GB/T 2260 代码，如 650000 或 653101。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="25" />
        <source>Division code %1 (%2) was last used in %3; use its current code.</source>
        <translation>行政区划代码 %1（%2）最后使用于 %3 年；请使用现行代码。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="30" />
        <source>The agency name is empty.</source>
        <translation>单位名称为空。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="34" />
        <source>“%1” already exists; choose a new file name (an existing database is never overwritten).</source>
        <translation>“%1”已存在；请换一个新文件名（不会覆盖已有数据库）。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="88" />
        <source>This database has not been set up for an agency; run “init”.</source>
        <translation>此数据库尚未设置所属单位；请运行“init”。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="93" />
        <source>The agency of this database is missing.</source>
        <translation>找不到此数据库的所属单位。</translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="106" />
        <source>counting %1</source>
        <translation>统计 %1</translation>
    </message>
</context>
<context>
    <name>JsonInterchange</name>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="177" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="207" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="234" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="489" />
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="186" />
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="248" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="499" />
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="121" />
        <source>the text “%1”</source>
        <translation>文字“%1”</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="123" />
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="127" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="292" />
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="129" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="162" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="305" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="381" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="135" />
        <source>must be %1, not %2</source>
        <translation>应为%1，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="150" />
        <source>is not a field of the format (see docs/json-format.md)</source>
        <translation>不是本格式的字段（见 docs/json-format.md）</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="181" />
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="196" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="211" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="223" />
        <source>must be a whole number, not %1</source>
        <translation>应为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="239" />
        <source>write amounts as text in yuan, like “1234.56” or “12.3万”, not %1</source>
        <translation>金额请以元为单位写成文字，如“1234.56”或“12.3万”，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="260" />
        <source>“%1” is not an id; write it like “b7446171-f90e-4555-965c-7b31336ef988”</source>
        <translation>“%1”不是有效的标识，应写成“b7446171-f90e-4555-965c-7b31336ef988”的形式</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="281" />
        <source>unknown value “%1”; use one of %2</source>
        <translation>未知的值“%1”；可用的值：%2</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="327" />
        <source>must be “jixiao-programs”</source>
        <translation>应为“jixiao-programs”</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="331" />
        <source>The file is of format version %1; this version of Jixiao reads up to %2. Please update Jixiao.</source>
        <translation>该文件的格式版本为 %1；本版本最高只能读取 %2。请升级软件。</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="336" />
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="338" />
        <source>must be a whole number from 1</source>
        <translation>应为不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="341" />
        <source>must be a year from 2000 to 2100</source>
        <translation>应为 2000 至 2100 之间的年份</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="354" />
        <source>There is no agency with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="411" />
        <source>“%1” appears twice in the tags</source>
        <translation>“%1”在标签中重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="442" />
        <source>the same id appears twice in the targets</source>
        <translation>同一标识在绩效目标中重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="448" />
        <source>a deleted indicator has only “id”, “name” and “deleted”</source>
        <translation>要删除的指标只能有“id”“name”和“deleted”三项</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="540" />
        <source>month %1 appears twice in the monitoring</source>
        <translation>%1 月在监控中重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="562" />
        <source>“%1” appears twice in this month's entries</source>
        <translation>“%1”在本月的监控条目中重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="604" />
        <source>the amounts add up to more than an amount can hold</source>
        <translation>各项金额合计超出了金额所能表示的范围</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="627" />
        <source>“%1” appears twice in the self-evaluation</source>
        <translation>“%1”在绩效自评中重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="76" />
        <location filename="../core/io/JsonInterchange.cpp" line="237" />
        <source>must be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="99" />
        <source>The file has more than %1 programs, the most one import reads.</source>
        <translation>文件中的项目超过 %1 个，超出单次导入的上限。</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="122" />
        <source>the same program id is given in programs[%1]</source>
        <translation>与 programs[%1] 的项目标识相同</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="188" />
        <location filename="../core/io/JsonTree.cpp" line="236" />
        <location filename="../core/io/JsonTree.cpp" line="262" />
        <source>the key “%1” appears twice in one object</source>
        <translation>同一对象中键“%1”重复出现</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="194" />
        <location filename="../core/io/JsonTree.cpp" line="222" />
        <source>an object has more than %1 members</source>
        <translation>对象的成员超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="454" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="466" />
        <source>“%1” appears twice in the targets</source>
        <translation>绩效目标中“%1”重复</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="474" />
        <source>“%1” is not a category of the %2 framework</source>
        <translation>“%1”不是 %2 年度指标框架中的类别</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="482" />
        <source>text (the indicator is qualitative)</source>
        <translation>文字（该指标为定性指标）</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="492" />
        <source>a %1 indicator needs a number, not “%2”</source>
        <translation>%1指标需要数字，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="514" />
        <source>“%1” is deleted by this document</source>
        <translation>“%1”已在本文件中标记删除</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="538" />
        <source>must be 1 to 12</source>
        <translation>应为 1 至 12</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="97" />
        <source>there is no indicator “%1” in this program's targets to delete</source>
        <translation>本项目的绩效目标中没有可删除的指标“%1”</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="121" />
        <location filename="../core/io/ProgramJsonParser.cpp" line="517" />
        <source>“%1” is not an indicator of this program's targets</source>
        <translation>“%1”不是该项目绩效目标中的指标</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="36" />
        <source>belongs to another agency</source>
        <translation>属于其他单位</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonExporter.cpp" line="72" />
        <source>reading the programs to export</source>
        <translation>读取待导出的项目</translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonExporter.cpp" line="88" />
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="186" />
        <location filename="../core/io/JsonInterchange.cpp" line="192" />
        <location filename="../core/io/JsonStreamReader.cpp" line="67" />
        <source>The file is not valid JSON (at byte %1): %2</source>
        <translation>文件不是有效的 JSON（第 %1 字节）：%2</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="65" />
        <source>The file is larger than %1 MiB, the most an import reads.</source>
        <translation>文件大于 %1 MiB，超出单次导入的上限。</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="75" />
        <source>the file ends where %1 should follow</source>
        <translation>文件在应为%1处提前结束</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="78" />
        <location filename="../core/io/JsonTree.cpp" line="161" />
        <source>found “%1” where %2 should follow</source>
        <translation>此处应为%2，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="84" />
        <source>Cannot read the file again: %1</source>
        <translation>无法重新读取文件：%1</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="97" />
        <location filename="../core/io/JsonTree.cpp" line="204" />
        <location filename="../core/io/JsonTree.cpp" line="290" />
        <location filename="../core/io/JsonTree.cpp" line="296" />
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="108" />
        <source>the value that starts here is larger than %1 MiB</source>
        <translation>从此处开始的值大于 %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="122" />
        <location filename="../core/io/JsonTree.cpp" line="313" />
        <location filename="../core/io/JsonTree.cpp" line="324" />
        <source>the text that starts here does not end</source>
        <translation>从此处开始的文本没有结束引号</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="123" />
        <source>the value that starts here does not end</source>
        <translation>从此处开始的值没有结束</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="160" />
        <location filename="../core/io/JsonTree.cpp" line="209" />
        <source>objects and lists are nested more than %1 deep</source>
        <translation>对象和列表嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="206" />
        <source>“{”, the start of the document</source>
        <translation>文档开头的“{”</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="222" />
        <location filename="../core/io/JsonTree.cpp" line="255" />
        <source>“,” or “}”</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="229" />
        <location filename="../core/io/JsonTree.cpp" line="230" />
        <source>a key in quotes</source>
        <translation>带引号的键名</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="238" />
        <location filename="../core/io/JsonTree.cpp" line="241" />
        <source>“:”</source>
        <translation>“:”</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="280" />
        <location filename="../core/io/JsonTree.cpp" line="255" />
        <source>“,” or “]”</source>
        <translation>“,”或“]”</translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="296" />
        <source>there is more after the end of the document</source>
        <translation>文档结束后还有多余内容</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="136" />
        <source>the end of the value</source>
        <translation>值的结尾</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="157" />
        <source>the value ends where %1 should follow</source>
        <translation>值在应出现%1的位置结束</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="223" />
        <source>a list has more than %1 elements</source>
        <translation>列表的元素超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="319" />
        <source>a control character (0x%1) inside text; write it as an escape such as \n</source>
        <translation>文字中含有控制字符（0x%1），请写成 \n 这样的转义</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="330" />
        <source>the text is not valid UTF-8</source>
        <translation>文字不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="336" />
        <source>a text longer than %1 bytes</source>
        <translation>文字长度超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="366" />
        <source>“\u” must be followed by four hexadecimal digits</source>
        <translation>“\u”后面应为四位十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="372" />
        <location filename="../core/io/JsonTree.cpp" line="376" />
        <source>half of a surrogate pair (\u%1) alone</source>
        <translation>代理对只有一半（\u%1）</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="384" />
        <source>“\%1” is not an escape of JSON</source>
        <translation>“\%1”不是 JSON 的转义</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="405" />
        <source>“%1” is not a number as JSON writes them (like 12, -0.5 or 1e3)</source>
        <translation>“%1”不是 JSON 格式的数字（应如 12、-0.5 或 1e3）</translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="461" />
        <location filename="../core/io/JsonTree.cpp" line="464" />
        <source>the number “%1” is too large</source>
        <translation>数字“%1”过大</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="26" />
        <source>Cannot write key file “%1”: the key that would sign it is not the key it carries.</source>
        <translation>无法写入密钥文件“%1”：用于签名的密钥不是文件所载的密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="29" />
        <source>Cannot write key file “%1”: it names no agency.</source>
        <translation>无法写入密钥文件“%1”：未指明单位。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="41" />
        <source>Cannot write key file “%1”: %2</source>
        <translation>无法写入密钥文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="63" />
        <source>“%1” is a %2, not a key file.</source>
        <translation>“%1”是%2，不是密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="68" />
        <source>Cannot read key file “%1”: %2</source>
        <translation>无法读取密钥文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="78" />
        <source>Key file “%1” is not valid: its content is not a key.</source>
        <translation>密钥文件“%1”无效：其内容不是密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="84" />
        <source>Key file “%1” is not valid: it was signed by another key than the one it carries.</source>
        <translation>密钥文件“%1”无效：签名所用的密钥不是文件所载的密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="88" />
        <source>Key file “%1” is not valid: the fingerprint written in it is not its key's.</source>
        <translation>密钥文件“%1”无效：文件中记载的指纹与其密钥不符。</translation>
    </message>
</context>
<context>
    <name>KeyRegistry</name>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="55" />
        <source>reading the registry of known keys</source>
        <translation>读取已登记密钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="69" />
        <source>“%1” is not a key fingerprint: it has 32 hexadecimal digits, in 8 groups of 4.</source>
        <translation>“%1”不是密钥指纹：指纹为 32 位十六进制数字，分 8 组、每组 4 位。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="72" />
        <source>reading the known key %1</source>
        <translation>读取已登记密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="90" />
        <source>Key %1 belongs to this installation's own agency (%2): its own key is not registered as a known key.</source>
        <translation>密钥 %1 属于本单位（%2）：本单位自己的密钥无需登记。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="99" />
        <source>Key %1 of %2 is already registered, and was revoked on %3: %4</source>
        <translation>%2的密钥 %1 已登记，并已于 %3 吊销：%4</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="101" />
        <source>Key %1 of %2 is already registered (on %3).</source>
        <translation>%2的密钥 %1 已登记（%3）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="116" />
        <source>registering key %1 of %2</source>
        <translation>登记%2的密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="134" />
        <source>Revoking a key needs a reason.</source>
        <translation>吊销密钥须说明原因。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="139" />
        <source>No known key has the fingerprint %1.</source>
        <translation>没有指纹为 %1 的已登记密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="143" />
        <source>Key %1 of %2 was already revoked on %3: %4</source>
        <translation>%2的密钥 %1 已于 %3 吊销：%4</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="149" />
        <source>revoking key %1 of %2</source>
        <translation>吊销%2的密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="165" />
        <source>Package “%1” is signed by an unknown key (%2), not registered here: register the key file of %3 first, after comparing its fingerprint with the sender.</source>
        <translation>数据包“%1”的签名密钥（%2）未在本单位登记：请先与发送方核对指纹，再登记%3的密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="172" />
        <source>Package “%1” is signed by key %2 of %3, which was revoked on %4 (%5).</source>
        <translation>数据包“%1”由%3的密钥 %2 签名，该密钥已于 %4 吊销（%5）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="177" />
        <source>Package “%1” names %2 as its sender but is signed by key %3 of another agency, %4.</source>
        <translation>数据包“%1”写明发送单位为%2，但由另一单位%4的密钥 %3 签名。</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="37" />
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation>口令太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="58" />
        <source>retiring the current signing key</source>
        <translation>停用当前签名密钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="66" />
        <source>storing the new signing key</source>
        <translation>保存新的签名密钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="76" />
        <source>reading the signing keys</source>
        <translation>读取签名密钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="102" />
        <location filename="../core/exchange/KeyStore.cpp" line="121" />
        <source>This installation has no signing key yet: generate one first (keys generate).</source>
        <translation>本单位尚无签名密钥：请先生成（keys generate）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="109" />
        <source>The stored signing key is damaged: its private key does not belong to its public key.</source>
        <translation>保存的签名密钥已损坏：私钥与公钥不匹配。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main.cpp" line="82" />
        <source>Jixiao</source>
        <translation>绩效</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/Money.cpp" line="76" />
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="117" />
        <location filename="../core/domain/Money.cpp" line="121" />
        <source>“%1” is not an amount; write it like 1,234.56 or 12.3万.</source>
        <translation>“%1”不是有效金额；请按 1,234.56 或 12.3万 的格式填写。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="125" />
        <source>“%1” is more precise than one fen (0.01 元); round it before entering.</source>
        <translation>“%1”精确到分（0.01 元）以下；请先四舍五入再填写。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="140" />
        <source>“%1” is too large to be an amount.</source>
        <translation>“%1”数额过大，不是有效金额。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="165" />
        <source>10k yuan</source>
        <comment>万元</comment>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="165" />
        <source>yuan</source>
        <comment>元</comment>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="172" />
        <source>The amounts add up to more than an amount can hold.</source>
        <translation>各项金额合计超出了金额所能表示的范围。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="208" />
        <source>An amount cannot be divided by zero.</source>
        <translation>金额不能除以零。</translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="225" />
        <source>The amount is too large to be multiplied by %1/%2.</source>
        <translation>金额过大，不能乘以 %1/%2。</translation>
    </message>
</context>
<context>
    <name>MonitoringAnalyzer</name>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="19" />
        <source>Month %1: budget execution %2% is more than %3 points behind time progress %4%.</source>
        <translation>%1 月：预算执行率 %2% 落后时间进度 %4% 超过 %3 个百分点。</translation>
    </message>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="35" />
        <source>Indicator “%1” cannot be reached this year.</source>
        <translation>指标“%1”本年度完全不可能完成。</translation>
    </message>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="46" />
        <source>Indicator “%1”: the year-end forecast %2 misses the target %3 %4.</source>
        <translation>指标“%1”：全年预计完成 %2，达不到年度指标值 %3 %4。</translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="24" />
        <source>Execution behind time progress</source>
        <translation>执行进度滞后于时间进度</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="25" />
        <source>Cannot be reached</source>
        <translation>完全不可能完成</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="26" />
        <source>Forecast misses the target</source>
        <translation>预计未达到目标值</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="35" />
        <source>Project Expenditure Performance Monitoring</source>
        <translation>项目支出绩效目标执行监控表</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="40" />
        <source>Agency Overall Expenditure Performance Monitoring</source>
        <translation>部门整体支出绩效目标执行监控表</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="63" />
        <source>%1: month %2 is not a month of the year (1–12).</source>
        <translation>%1：月份 %2 不在 1–12 之间。</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="78" />
        <source>%1: %2 has no monitoring report for %3 yet.</source>
        <translation>%1：%2尚无%3年度的绩效监控。</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="79" />
        <source>%1: %2 has no monitoring report for month %3 of %4 (it has months %5).</source>
        <translation>%1：%2没有%4年%3月的绩效监控（已有月份：%5）。</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="83" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="90" />
        <source>%1: %2 has no performance targets for %3 to monitor.</source>
        <translation>%1：%2尚无%3年度绩效目标，无法监控。</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="106" />
        <source>Agency monitoring</source>
        <translation>部门整体绩效监控</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="106" />
        <source>Monitoring</source>
        <translation>绩效监控</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="108" />
        <source>(Fiscal year %1, January to month %2)</source>
        <translation>（%1年度1—%2月）</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="116" />
        <source>Agency (unit) name</source>
        <translation>部门（单位）名称</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="120" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="123" />
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="125" />
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="130" />
        <source>Annual budget (%1)</source>
        <translation>年度预算（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="130" />
        <source>Project funds (%1)</source>
        <translation>项目资金（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="132" />
        <source>Budget at the start of the year</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="133" />
        <source>Adjusted budget</source>
        <translation>调整后预算数</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="134" />
        <source>Executed, January to month %1</source>
        <translation>1—%1月执行数</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="135" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="136" />
        <source>Time progress</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="137" />
        <source>Forecast execution for the year</source>
        <translation>全年预计执行数</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="138" />
        <location filename="../core/report/MonitoringForm.cpp" line="167" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="148" />
        <source>; </source>
        <comment>warnings separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="158" />
        <source>Annual overall objective</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="163" />
        <source>Performance indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164" />
        <source>Level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164" />
        <source>Level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165" />
        <source>Annual target value</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165" />
        <source>Unit of measure</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165" />
        <source>Actual, January to month %1</source>
        <translation>1—%1月实际完成值</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166" />
        <source>Forecast for the year</source>
        <translation>全年预计完成值</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166" />
        <source>Likelihood of reaching the target</source>
        <translation>完成目标可能性</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166" />
        <source>Cause of deviation</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="167" />
        <source>Corrective measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="191" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="194" />
        <source>Unit head: </source>
        <translation>单位负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="195" />
        <source>Prepared by: </source>
        <translation>填表人：</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="195" />
        <source>Telephone: </source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="196" />
        <source>Date filled in: </source>
        <translation>填报日期：</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="28" />
        <source>General public budget</source>
        <translation>一般公共预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="29" />
        <source>Government fund budget</source>
        <translation>政府性基金预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="30" />
        <source>State capital operation budget</source>
        <translation>国有资本经营预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="31" />
        <source>Social insurance fund budget</source>
        <translation>社会保险基金预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="36" />
        <location filename="../core/domain/EnumTable.cpp" line="121" />
        <source>Government budget</source>
        <translation>政府收支预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="37" />
        <source>Agency overall budget</source>
        <translation>部门单位整体预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="38" />
        <source>Policy or project</source>
        <translation>政策和项目</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="45" />
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="44" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="46" />
        <source>Special transfer payment</source>
        <translation>专项转移支付</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="52" />
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="53" />
        <source>Government investment fund</source>
        <translation>政府投资基金</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="54" />
        <source>Government procurement</source>
        <translation>政府采购</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="55" />
        <source>Government-purchased service</source>
        <translation>政府购买服务</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="56" />
        <source>Government debt project</source>
        <translation>政府债务项目</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="62" />
        <location filename="../core/domain/EnumTable.cpp" line="136" />
        <source>Finance department</source>
        <translation>财政部门</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="63" />
        <source>Budget unit</source>
        <translation>部门单位</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="68" />
        <source>Region</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="69" />
        <source>Prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="70" />
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="75" />
        <source>Excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="76" />
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="77" />
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="78" />
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="91" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="92" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="93" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="94" />
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="105" />
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="110" />
        <source>Plan standard</source>
        <translation>计划标准</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="111" />
        <source>Industry standard</source>
        <translation>行业标准</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="112" />
        <source>Historical standard</source>
        <translation>历史标准</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="113" />
        <source>Other standard</source>
        <translation>其他标准</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="118" />
        <source>Program targets</source>
        <translation>项目绩效目标</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="119" />
        <source>Agency overall targets</source>
        <translation>部门整体绩效目标</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="120" />
        <source>Finance-led evaluation</source>
        <translation>财政评价</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="126" />
        <source>Necessity of the project</source>
        <translation>立项必要性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="127" />
        <source>Economy of inputs</source>
        <translation>投入经济性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="128" />
        <source>Reasonableness of performance targets</source>
        <translation>绩效目标合理性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="129" />
        <source>Feasibility of the implementation plan</source>
        <translation>实施方案可行性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="130" />
        <source>Compliance of financing</source>
        <translation>筹资合规性</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="135" />
        <source>Self-assessment</source>
        <translation>部门自评估</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="137" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="142" />
        <source>Support</source>
        <translation>予以支持</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="143" />
        <source>Support after revision</source>
        <translation>调整完善后予以支持</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="144" />
        <source>Do not support</source>
        <translation>不予支持</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="149" />
        <source>Certain</source>
        <translation>确定能</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="150" />
        <source>Possible</source>
        <translation>有可能</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="151" />
        <source>Impossible</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="156" />
        <source>Funding</source>
        <translation>经费保障</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="157" />
        <source>Rules and procedures</source>
        <translation>制度保障</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="158" />
        <source>Staffing</source>
        <translation>人员保障</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="159" />
        <source>Facilities and equipment</source>
        <translation>硬件条件保障</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="160" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="172" />
        <source>Fiscal appropriation of the year</source>
        <translation>本年财政拨款</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="173" />
        <source>Carry-over from last year</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="174" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="165" />
        <source>Target achieved</source>
        <translation>达成年度指标</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="166" />
        <source>Partly achieved with some effect</source>
        <translation>部分达成年度指标并具有一定效果</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="167" />
        <source>Not achieved, poor effect</source>
        <translation>未达成年度指标且效果较差</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="218" />
        <source>Unit preparer</source>
        <translation>单位填报人员</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="219" />
        <source>Unit head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="220" />
        <source>Finance reviewer</source>
        <translation>财政审核人员</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="221" />
        <source>Finance administrator</source>
        <translation>财政管理员</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="203" />
        <source>Not applied for</source>
        <translation>未申报</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="204" />
        <source>Applied for budget</source>
        <translation>已申报预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="205" />
        <source>Budget arranged</source>
        <translation>已安排预算</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="210" />
        <source>Rectification ordered</source>
        <translation>责令整改</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="211" />
        <source>Funding suspended</source>
        <translation>暂缓拨付</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="212" />
        <source>Funding stopped</source>
        <translation>停止拨付</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="179" />
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="180" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="186" />
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="187" />
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="188" />
        <source>Monitoring report</source>
        <translation>绩效监控</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="189" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="190" />
        <source>Result application</source>
        <translation>结果运用</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="195" />
        <source>Increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="196" />
        <source>Keep</source>
        <translation>维持</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="197" />
        <source>Reduce</source>
        <translation>消减</translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="198" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PackageHeader</name>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="31" />
        <source>The header of package “%1” is not valid: field “%2” is missing or wrong.</source>
        <translation>数据包“%1”的包头无效：字段“%2”缺失或有误。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="88" />
        <source>submission package</source>
        <translation>上报包</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="90" />
        <source>return package</source>
        <translation>下发包</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="92" />
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="125" />
        <source>The header of package “%1” is not valid JSON.</source>
        <translation>数据包“%1”的包头不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="92" />
        <location filename="../core/exchange/PackageImporter.cpp" line="96" />
        <location filename="../core/exchange/PackageImporter.cpp" line="210" />
        <location filename="../core/exchange/PackageImporter.cpp" line="276" />
        <location filename="../core/exchange/PackageImporter.cpp" line="311" />
        <location filename="../core/exchange/PackageImporter.cpp" line="364" />
        <location filename="../core/exchange/PackageImporter.cpp" line="388" />
        <location filename="../core/exchange/PackageImporter.cpp" line="409" />
        <source>importing the package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="104" />
        <source>The package's records do not agree with its signed header (%1); nothing was imported.</source>
        <translation>数据包中的记录与其签名包头不一致（%1）；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="107" />
        <source>sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="109" />
        <source>recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="111" />
        <source>fiscal year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="115" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="118" />
        <source>The package is addressed to another agency (id %1), not to %2; nothing was imported.</source>
        <translation>该数据包的接收方是另一单位（标识 %1），不是%2；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="135" />
        <source>checking the package's records</source>
        <translation>检查数据包中的记录</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="139" />
        <source>The package was refused: record %1 of %2, field %3, holds a value of the wrong type; nothing was imported.</source>
        <translation>已拒收该数据包：%2 中的记录 %1，字段 %3 的值类型不正确；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="155" />
        <source>reading the sender</source>
        <translation>读取发送方</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="158" />
        <source>The package does not describe its sender (id %1); nothing was imported.</source>
        <translation>数据包中没有发送方（标识 %1）的单位信息；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="265" />
        <source>The package was refused: it holds a record of %1 twice; nothing was imported.</source>
        <translation>已拒收该数据包：其中 %1 的同一条记录出现了两次；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="419" />
        <source>the same revision differs here and in the package; nothing was overwritten</source>
        <translation>同一版本在本库和数据包中内容不同，未覆盖任何数据</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="423" />
        <source>its owner is neither the sender nor an agency under the sender</source>
        <translation>其所属单位既不是发送方，也不是发送方下属单位</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="426" />
        <source>a record of this agency is changed only here; the package's copy differs beyond its workflow</source>
        <translation>本单位的记录只能在本库修改；数据包中的副本除流转状态外还有其他改动</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="430" />
        <source>the copy here belongs to another agency</source>
        <translation>本库中的该记录属于另一单位</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="433" />
        <source>it is said to belong to this agency, which has no such record</source>
        <translation>数据包称其属于本单位，但本库没有这条记录</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="436" />
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="468" />
        <source>their rows differ</source>
        <translation>其明细行不同</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="501" />
        <source>writing %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="524" />
        <source>The package was refused: record %1 of %2%3 breaks a rule of the database (%4); nothing was imported.</source>
        <translation>已拒收该数据包：%2 中的记录 %1%3 违反数据库规则（%4）；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="525" />
        <source>, field %1</source>
        <translation>，字段 %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="535" />
        <source>A package is not imported inside another transaction.</source>
        <translation>数据包不能在另一事务中导入。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="618" />
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts.</source>
        <translation>新增 %1，更新 %2，未变 %3，忽略 %4，冲突 %5。</translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="198" />
        <location filename="../core/exchange/PackageImporter.cpp" line="577" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>PackagePayload</name>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="105" />
        <source>reading the columns of %1</source>
        <translation>读取 %1 的字段</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="114" />
        <source>The database has no table “%1”.</source>
        <translation>数据库中没有表“%1”。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="116" />
        <source>reading the references of %1</source>
        <translation>读取 %1 的引用关系</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="164" />
        <source>The package's records are not in the expected form: %1</source>
        <translation>数据包中的记录格式不符合要求：%1</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="171" />
        <source>it is not an SQLite database (%1).</source>
        <translation>它不是 SQLite 数据库（%1）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="173" />
        <source>it is not a Jixiao payload.</source>
        <translation>它不是绩效管理系统的数据包内容。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="180" />
        <source>The package's records are in payload format %1; this version of Jixiao reads up to %2. Update Jixiao.</source>
        <translation>数据包内容格式为第 %1 版，本版本最高只能读取第 %2 版，请升级本系统。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="185" />
        <source>payload format %1 does not exist.</source>
        <translation>不存在第 %1 版的数据包内容格式。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="192" />
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="213" />
        <source>it holds %1 “%2”, which a payload never has.</source>
        <translation>其中含有数据包内容不应有的 %1“%2”。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="215" />
        <source>table “%1” is not defined as this version of Jixiao defines it.</source>
        <translation>表“%1”的定义与本版本不一致。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="220" />
        <source>table “%1” is missing.</source>
        <translation>缺少表“%1”。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="226" />
        <source>table “%1” has hidden columns.</source>
        <translation>表“%1”含有隐藏字段。</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="65" />
        <source>Package “%1” is truncated: it has %2 bytes, but its %3 needs at least %4.</source>
        <translation>数据包“%1”不完整：文件只有 %2 字节，而其%3至少需要 %4 字节。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="72" />
        <source>Reading package “%1” was cancelled.</source>
        <translation>已取消读取数据包“%1”。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="88" />
        <location filename="../core/exchange/PackageReader.cpp" line="101" />
        <location filename="../core/exchange/PackageReader.cpp" line="231" />
        <source>Cannot read package “%1”: %2</source>
        <translation>无法读取数据包“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="99" />
        <source>Package “%1” does not exist.</source>
        <translation>数据包“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="105" />
        <source>“%1” is empty (0 bytes): it is not a package.</source>
        <translation>“%1”是空文件（0 字节），不是数据包。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="110" />
        <source>“%1” is not a Jixiao package: it does not begin with “JXPKG”.</source>
        <translation>“%1”不是绩效系统数据包：文件开头不是“JXPKG”。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="113" />
        <source>format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="122" />
        <source>Package “%1” has format version %2, newer than this version of Jixiao reads (%3.x). Update Jixiao to read it.</source>
        <translation>数据包“%1”的格式版本为 %2，高于本程序可读取的版本（%3.x）。请升级本程序后再读取。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="129" />
        <source>Package “%1” has format version %2, which no version of Jixiao ever wrote.</source>
        <translation>数据包“%1”的格式版本为 %2，本程序从未使用过该版本。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="133" />
        <source>header length</source>
        <translation>包头长度</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="139" />
        <source>Package “%1” claims a header of %2 bytes, more than the %3 bytes a header may have.</source>
        <translation>数据包“%1”声称包头有 %2 字节，超过包头上限 %3 字节。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="145" />
        <source>Package “%1” has an empty header.</source>
        <translation>数据包“%1”的包头为空。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="148" />
        <location filename="../core/exchange/PackageReader.cpp" line="212" />
        <source>header</source>
        <translation>包头</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="150" />
        <source>payload length</source>
        <translation>数据内容长度</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="155" />
        <source>Package “%1” claims a payload of %2 bytes, more than the %3 bytes a package may carry.</source>
        <translation>数据包“%1”声称数据内容有 %2 字节，超过数据包上限 %3 字节。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="162" />
        <source>Package “%1” claims a payload of %2 bytes, but the file holds only %3 bytes after its header: it is truncated or damaged.</source>
        <translation>数据包“%1”声称数据内容有 %2 字节，但包头之后只有 %3 字节：文件不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="170" />
        <location filename="../core/exchange/PackageReader.cpp" line="179" />
        <source>signer key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="176" />
        <source>Package “%1” has a signer key of %2 bytes, which is no SM2 public key.</source>
        <translation>数据包“%1”的签名密钥长 %2 字节，不是 SM2 公钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="185" />
        <source>digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="190" />
        <location filename="../core/exchange/PackageReader.cpp" line="201" />
        <location filename="../core/exchange/PackageReader.cpp" line="208" />
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="195" />
        <source>Package “%1” has a signature of %2 bytes, which is no SM2 signature.</source>
        <translation>数据包“%1”的签名长 %2 字节，不是 SM2 签名。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="203" />
        <source>Package “%1” has %2 bytes after its signature: it is damaged or not a package.</source>
        <translation>数据包“%1”在签名之后还有 %2 字节：文件已损坏或不是数据包。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="238" />
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="257" />
        <source>Package “%1” is damaged: its SM3 digest does not match its content (changed after it was signed, or corrupted on the way).</source>
        <translation>数据包“%1”已损坏：SM3 摘要与内容不符（签名后被改动，或传递途中损坏）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="262" />
        <source>Package “%1”: the signer key embedded in it is not an SM2 public key.</source>
        <translation>数据包“%1”：其中所附的签名密钥不是 SM2 公钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="265" />
        <source>Package “%1” is not authentic: its SM2 signature does not verify with the signer key embedded in it (changed or forged).</source>
        <translation>数据包“%1”来源不可信：其 SM2 签名无法用所附签名密钥验证通过（已被改动或系伪造）。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="284" />
        <source>Package “%1” is inconsistent: its header says format %2, its framing %3.</source>
        <translation>数据包“%1”前后不一致：包头写明格式版本 %2，文件结构为 %3。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="288" />
        <source>Package “%1” is inconsistent: its header describes another payload (%2 bytes) than the one it carries (%3 bytes).</source>
        <translation>数据包“%1”前后不一致：包头所述数据内容（%2 字节）与实际所载（%3 字节）不符。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="247" />
        <location filename="../core/exchange/PackageReader.cpp" line="272" />
        <location filename="../core/exchange/PackageReader.cpp" line="302" />
        <source>Cannot extract the payload of package “%1”: %2</source>
        <translation>无法提取数据包“%1”的数据内容：%2</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="42" />
        <source>Cannot write package “%1”: %2</source>
        <translation>无法写入数据包“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="45" />
        <source>Writing package “%1” was cancelled; no file was written.</source>
        <translation>已取消写入数据包“%1”，未生成文件。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="50" />
        <source>cannot read the payload “%1”: %2</source>
        <translation>无法读取数据内容“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="60" />
        <location filename="../core/exchange/PackageWriter.cpp" line="102" />
        <source>the payload “%1” could not be read to its end</source>
        <translation>数据内容“%1”未能读完</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="76" />
        <source>its header would be %1 bytes, more than readers accept</source>
        <translation>包头将达 %1 字节，超出读取方可接受的大小</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="80" />
        <source>the signing key has no public key</source>
        <translation>签名密钥没有公钥</translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="114" />
        <source>the payload “%1” changed while it was being written</source>
        <translation>数据内容“%1”在写入过程中被改动</translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="72" />
        <location filename="../core/exchange/PayloadWriter.cpp" line="76" />
        <source>writing the package</source>
        <translation>生成数据包</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="98" />
        <source>A package is not written inside another transaction.</source>
        <translation>数据包不能在另一事务中生成。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="102" />
        <source>Unknown stage “%1”; the stages are %2.</source>
        <translation>未知环节“%1”；可选环节为 %2。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="106" />
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="145" />
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>数据包写入已取消，未生成文件。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="177" />
        <source>reading the recipient</source>
        <translation>读取接收方</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="180" />
        <source>The recipient (id %1) is not an agency known here; a return goes to an agency that sent a package.</source>
        <translation>接收方（标识 %1）不是本库已知的单位；下发包只能发给已报送过数据包的单位。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="316" />
        <source>reading the changes in %1</source>
        <translation>读取 %1 中的变更</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="374" />
        <source>The references of the records do not end.</source>
        <translation>记录之间的引用关系无法收敛。</translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="412" />
        <source>counting the records of the package</source>
        <translation>统计数据包中的记录</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="37" />
        <source>%1: the next payment is held until the order is lifted</source>
        <translation>%1：在指令解除前暂停下一笔拨款</translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="81" />
        <source>A payment of %1 must be above zero.</source>
        <translation>拨款金额%1必须大于零。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="53" />
        <source>%1 is %2; only an arranged budget is paid.</source>
        <translation>%1当前为“%2”；只有已安排预算的项目才能拨款。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="59" />
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="65" />
        <source>%1: its budget of %2 is paid in full.</source>
        <translation>%1：预算 %2 已全部拨付。</translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="88" />
        <source>%1: paying %2 would exceed its budget of %3 (%4 paid already).</source>
        <translation>%1：拨付%2将超过预算%3（已拨付%4）。</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="18" />
        <source>reading the people</source>
        <translation>读取操作人员</translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="36" />
        <source>A person needs a name.</source>
        <translation>请填写人员姓名。</translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="42" />
        <source>%1 is already listed with this role.</source>
        <translation>%1 已以该角色列入名单。</translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="48" />
        <source>adding %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="60" />
        <source>local user</source>
        <translation>本机用户</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="25" />
        <source>saving the policy of %1</source>
        <translation>保存 %1 年度规则</translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="45" />
        <source>reading the policy of %1</source>
        <translation>读取 %1 年度规则</translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="49" />
        <source>No policy is defined for %1 in region %2; a finance administrator must set one.</source>
        <translation>%2 没有 %1 年度的规则；需由财政管理员设置。</translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="51" />
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../core/domain/Problem.cpp" line="27" />
        <source>%1 — %2</source>
        <comment>record — path: reason</comment>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location filename="../core/domain/Problem.cpp" line="36" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/domain/Problem.cpp" line="41" />
        <source>%1: %2</source>
        <comment>heading: problems</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProgramListing</name>
    <message>
        <location filename="../core/storage/ProgramListing.cpp" line="43" />
        <source>counting programs</source>
        <translation>统计项目</translation>
    </message>
    <message>
        <location filename="../core/storage/ProgramListing.cpp" line="73" />
        <source>listing programs</source>
        <translation>列出项目</translation>
    </message>
</context>
<context>
    <name>RecordLifecycle</name>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="40" />
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="44" />
        <source>%1 is already %2; only a draft or a returned record is submitted.</source>
        <translation>%1的状态已是“%2”；只有草稿或已退回的记录才能提交。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="51" />
        <source>%1 cannot be submitted</source>
        <translation>%1不能提交</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="82" />
        <location filename="../core/workflow/RecordLifecycle.cpp" line="188" />
        <source>The self-evaluation no longer exists.</source>
        <translation>该绩效自评已不存在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="100" />
        <location filename="../core/workflow/RecordLifecycle.cpp" line="120" />
        <source>Only a self-evaluation is graded.</source>
        <translation>只有绩效自评需要定级。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="142" />
        <source>%1 is %2; only a submitted record is approved.</source>
        <translation>%1的状态是“%2”；只有已提交的记录才能审核通过。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="151" />
        <source>Only the finance department grades %1.</source>
        <translation>只有财政部门才能对%1评定等级。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="154" />
        <source>%1 was already reviewed by its competent department; the finance department reviews it next.</source>
        <translation>%1已经主管部门初审，下一步由财政部门审核。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="164" />
        <source>%1 is first reviewed by the competent department of %2; the finance department approves it after that.</source>
        <translation>%1须先经%2的主管部门初审，财政部门再予审核。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="201" />
        <source>%1: indicator %2 has no 不适用 claim or far-above deduction to decide on.</source>
        <translation>%1：指标 %2 没有需要认定的“不适用”申报或远超目标值扣分。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="212" />
        <source>%1: accept or reject the indicators marked not applicable first: %2.</source>
        <translation>%1：请先对申报“不适用”的指标作出认可或不认可的决定：%2。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="213" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="217" />
        <source>%1 scores %2, graded %3: grading it %4 needs a reason.</source>
        <translation>%1 得分 %2，计算等级为%3：评定为%4须说明理由。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="237" />
        <source>%1 is %2; the competent department returns only a submitted record.</source>
        <translation>%1当前为“%2”；主管部门只能退回已提交的记录。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="242" />
        <source>%1 is %2; only a submitted or approved record is returned.</source>
        <translation>%1的状态是“%2”；只有已提交或已审核通过的记录才能退回。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="256" />
        <source>Returning %1 needs a comment saying what to change.</source>
        <translation>退回%1时须填写修改意见。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="268" />
        <source>Nothing was approved: %1</source>
        <translation>全部未审核通过：%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="295" />
        <source>%1 was changed meanwhile; reload it and try again.</source>
        <translation>%1已被他人修改；请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>RecordLookup</name>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="44" />
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="47" />
        <source>There is no %1 with id %2.</source>
        <translation>没有编号为 %2 的%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="60" />
        <source>%1 of %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="65" />
        <location filename="../core/workflow/RecordLookup.cpp" line="116" />
        <source>%1 has no owner agency.</source>
        <translation>%1没有所属单位。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="77" />
        <source>There is no program with id %1.</source>
        <translation>没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="98" />
        <source>reading the records of the subject</source>
        <translation>读取管理对象的记录</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="86" />
        <source>changing the status in %1</source>
        <translation>更改 %1 的状态</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="102" />
        <location filename="../core/storage/RecordStore.cpp" line="178" />
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="120" />
        <source>reading the changes in %1</source>
        <translation>读取 %1 中的变更</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="163" />
        <location filename="../core/storage/RecordStore.cpp" line="196" />
        <source>saving %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="168" />
        <source>%1 already exists (id %2).</source>
        <translation>%1已存在（编号 %2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="204" />
        <source>%1 is %2 and cannot be changed until it is returned.</source>
        <translation>%1%2，在退回之前不能修改。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="205" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="205" />
        <source>approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="209" />
        <source>%1: the status changes only by submitting, approving or returning.</source>
        <translation>%1：状态只能通过提交、审核通过或退回来改变。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="215" />
        <source>%1 was changed or removed since it was read (revision %2); reload it and try again.</source>
        <translation>%1在读取后已被修改或删除（版本 %2）；请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="249" />
        <source>deleting %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="255" />
        <source>%1 is submitted or approved and cannot be deleted until it is returned.</source>
        <translation>%1已提交或已审核通过，在退回之前不能删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="257" />
        <source>%1 does not exist or was already deleted.</source>
        <translation>%1不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="275" />
        <source>Cannot save %1: its %2 “%3” does not exist.</source>
        <translation>无法保存%1：其引用的%2“%3”不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="279" />
        <source>Cannot save %1: it refers to a record that does not exist.</source>
        <translation>无法保存%1：其引用的记录不存在。</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="18" />
        <source>The performance targets of a program or policy as declared with its budget: funds, objectives and the indicator grid.</source>
        <translation>随预算申报的项目（政策）绩效目标：资金、总体目标和绩效指标。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="22" />
        <source>The performance targets of an agency's overall budget: annual budget, objective and indicators.</source>
        <translation>部门（单位）整体支出绩效目标：年度预算、年度总体目标和绩效指标。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="25" />
        <source>The ex-ante performance assessment of a new major program: dimension scores, conclusion and the report.</source>
        <translation>新增重大项目的事前绩效评估：各维度得分、评估结论和评估报告。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="29" />
        <source>Budget execution and indicator progress of a program up to a month, with the warnings.</source>
        <translation>项目截至某月的预算执行和绩效目标完成情况（双监控）及预警。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="32" />
        <source>Budget execution and indicator progress of an agency's overall budget up to a month (the mid-year check).</source>
        <translation>部门（单位）整体预算截至某月的预算执行和绩效目标完成情况（年中监控）。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="36" />
        <source>The year-end self-evaluation of a program: funds, objectives, indicator actuals and scores, total and grade.</source>
        <translation>项目的年度绩效自评：资金、目标、指标完成值与得分、总分和等级。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="41" />
        <source>The year-end self-evaluation of an agency's overall budget.</source>
        <translation>部门（单位）整体支出的年度绩效自评。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="44" />
        <source>The self-evaluation of a government revenue and expenditure budget.</source>
        <translation>政府收支预算的绩效自评。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="87" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="98" />
        <source>There is no report named "%1".</source>
        <translation>没有名为“%1”的报表。</translation>
    </message>
</context>
<context>
    <name>ReportDisclosure</name>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="65" />
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="71" />
        <source>Targets</source>
        <translation>绩效目标表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="71" />
        <source>Performance targets of programs</source>
        <translation>项目支出绩效目标表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73" />
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73" />
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <source>Program</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73" />
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73" />
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <location filename="../core/report/ReportDisclosure.cpp" line="228" />
        <source>Budget</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73" />
        <source>Annual objective</source>
        <translation>年度绩效目标</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74" />
        <source>Level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74" />
        <source>Level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="75" />
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="177" />
        <source>Evaluation results</source>
        <translation>绩效评价结果表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="177" />
        <source>Performance evaluation results of programs</source>
        <translation>项目支出绩效评价结果表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="179" />
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="180" />
        <source>Main problems</source>
        <translation>存在的主要问题</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="180" />
        <source>Measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="225" />
        <source>Summary</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="225" />
        <source>Statement on budget performance</source>
        <translation>预算绩效情况说明</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="226" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="227" />
        <source>Programs</source>
        <translation>项目个数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="240" />
        <source>1. Programs under budget performance management</source>
        <translation>一、纳入预算绩效管理的项目</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="241" />
        <source>2. Programs whose performance targets were approved</source>
        <translation>二、绩效目标已批复的项目</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="242" />
        <source>3. Programs whose self-evaluation finance approved</source>
        <translation>三、绩效自评结果经财政审核的项目</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="244" />
        <source>    of which graded %1</source>
        <translation>    其中：评价等级为“%1”的项目</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="245" />
        <source>The tables that follow list the approved performance targets and the evaluation results approved by finance, program by program.</source>
        <translation>后附各项目已批复的绩效目标和经财政审核的绩效评价结果。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/report/ReportPdf.cpp" line="17" />
        <location filename="../ui/report/ReportPdf.cpp" line="31" />
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="131" />
        <source>The pages could not be started.</source>
        <translation>无法开始输出页面。</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="133" />
        <source>A new page could not be started.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="142" />
        <source>The pages could not be finished.</source>
        <translation>无法完成页面输出。</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="169" />
        <source>There is not enough memory for a page image.</source>
        <translation>内存不足，无法生成页面图像。</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="461" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="462" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="466" />
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="768" />
        <source>The report “%1” has nothing to print.</source>
        <translation>报表“%1”没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="837" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="21" />
        <source>There is no division with the code %1.</source>
        <translation>没有代码为 %1 的行政区划。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="34" />
        <source>There is no agency with the id %1.</source>
        <translation>没有标识为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="64" />
        <source>The database holds no programs to report on.</source>
        <translation>数据库中没有可供编制报表的项目。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="115" />
        <source>Division: %1</source>
        <translation>行政区划：%1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="115" />
        <source>Reporting unit (seal): %1</source>
        <translation>填报单位（盖章）：%1</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="54" />
        <location filename="../core/report/ReportSummaries.cpp" line="131" />
        <source>(Fiscal year %1)</source>
        <translation>（%1年度）</translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="56" />
        <location filename="../core/report/ReportSummaries.cpp" line="133" />
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="55" />
        <source>Head of unit:                Prepared by:                Date:</source>
        <translation>单位负责人：                填表人：                填报日期：</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="62" />
        <location filename="../core/report/ReportSummaries.cpp" line="142" />
        <source>Summary of self-evaluation results</source>
        <translation>绩效自评结果汇总表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="63" />
        <source>Per unit: programs, self-evaluations and how many were graded excellent, good, fair and poor, with the average score and a total row.</source>
        <translation>按单位汇总项目个数、已自评个数，优、良、中、差各等级个数和平均得分，并列合计。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="66" />
        <location filename="../core/report/ReportSummaries.cpp" line="263" />
        <source>Budget execution progress</source>
        <translation>预算执行进度表</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="67" />
        <source>Month by month: budget, executed, execution rate against time progress and the programs behind it.</source>
        <translation>逐月列示预算数、执行数、预算执行率与时间进度的对比，以及执行进度滞后的项目数。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="69" />
        <location filename="../core/report/ReportSummaries.cpp" line="327" />
        <source>Performance monitoring warnings</source>
        <translation>绩效监控预警清单</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="70" />
        <source>Programs whose execution is behind time progress, with an indicator that cannot be reached, or under a finance order.</source>
        <translation>列示预算执行进度滞后于时间进度、有绩效指标完全不可能实现，或被财政责令整改、暂缓、停止的项目。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="73" />
        <location filename="../core/report/ReportSummaries.cpp" line="386" />
        <source>Applications of evaluation results</source>
        <translation>评价结果应用清单</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="74" />
        <source>Every evaluated program with its grade and the decision on its next year's funding.</source>
        <translation>列示已开展评价的项目及其评价等级和下一年度预算安排的应用结果。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="75" />
        <source>Performance information disclosure</source>
        <translation>绩效信息公开</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="76" />
        <source>The approved performance targets and the evaluation results approved by finance, as published with the budget and the final accounts.</source>
        <translation>随预算、决算公开的已批复绩效目标和经财政审核的绩效评价结果。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="104" />
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="142" />
        <source>Self-evaluation results</source>
        <translation>自评结果汇总</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="144" />
        <location filename="../core/report/ReportSummaries.cpp" line="328" />
        <location filename="../core/report/ReportSummaries.cpp" line="387" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="145" />
        <location filename="../core/report/ReportSummaries.cpp" line="328" />
        <location filename="../core/report/ReportSummaries.cpp" line="387" />
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="146" />
        <source>Programs</source>
        <translation>项目个数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="147" />
        <source>Self-evaluated</source>
        <translation>已自评个数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="148" />
        <source>Grades (programs)</source>
        <translation>自评等级（个）</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="149" />
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="208" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="236" />
        <location filename="../core/report/ReportSummaries.cpp" line="240" />
        <source>reading the monitoring reports</source>
        <translation>读取监控报告</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="263" />
        <source>Execution progress</source>
        <translation>执行进度</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264" />
        <source>Programs reported</source>
        <translation>填报项目数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264" />
        <location filename="../core/report/ReportSummaries.cpp" line="328" />
        <location filename="../core/report/ReportSummaries.cpp" line="387" />
        <source>Budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264" />
        <location filename="../core/report/ReportSummaries.cpp" line="329" />
        <source>Executed</source>
        <translation>执行数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265" />
        <location filename="../core/report/ReportSummaries.cpp" line="329" />
        <source>Execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265" />
        <location filename="../core/report/ReportSummaries.cpp" line="329" />
        <source>Time progress</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265" />
        <source>Deviation (points)</source>
        <translation>偏差（百分点）</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="266" />
        <source>Programs behind</source>
        <translation>滞后项目数</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="266" />
        <source>Progress</source>
        <translation>进度判断</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="274" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="297" />
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="297" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="299" />
        <source>Note: the execution rate is executed / budget of the month's reports (cumulative); a month is behind when it lags time progress by more than %1 points (the year's policy).</source>
        <translation>注：预算执行率为当月监控报告的累计执行数除以预算数；执行率低于时间进度超过%1个百分点（本年度政策规定）即为滞后。</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="311" />
        <source>Execution behind time progress</source>
        <translation>执行进度滞后于时间进度</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="313" />
        <source>An indicator cannot be reached</source>
        <translation>有指标完全不可能实现</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="327" />
        <source>Warnings</source>
        <translation>预警清单</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="328" />
        <location filename="../core/report/ReportSummaries.cpp" line="387" />
        <source>Program code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="328" />
        <location filename="../core/report/ReportSummaries.cpp" line="387" />
        <source>Program</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="329" />
        <source>Month reported</source>
        <translation>监控月份</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="330" />
        <source>Warning</source>
        <translation>预警情况</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="330" />
        <source>Finance order</source>
        <translation>财政处理措施</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="386" />
        <source>Result applications</source>
        <translation>结果应用清单</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388" />
        <source>Score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388" />
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388" />
        <source>Decision for %1</source>
        <translation>%1年度应用方式</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389" />
        <source>Change of funding</source>
        <translation>资金调整额</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389" />
        <source>Decision status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389" />
        <source>Reason</source>
        <translation>应用说明</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../core/io/ReportHtmlWriter.cpp" line="77" />
        <source>Generated %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter.cpp" line="71" />
        <source>The report has nothing to write.</source>
        <translation>报表没有可写入的内容。</translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter.cpp" line="80" />
        <source>Unknown report format.</source>
        <translation>未知的报表格式。</translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="53" />
        <source>The report was cancelled; no file was written.</source>
        <translation>报表已取消，未写入文件。</translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="59" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="60" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/ReportXlsxWriter.cpp" line="73" />
        <source>the folder %1 does not exist or cannot be written</source>
        <translation>文件夹 %1 不存在或不可写入</translation>
    </message>
    <message>
        <location filename="../core/io/ReportXlsxWriter.cpp" line="247" />
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation>&amp;C第 &amp;P 页，共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>ResultApplicationRules</name>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="26" />
        <source>funding that is kept does not change: the change must be 0, not %1</source>
        <translation>维持意味着资金不变：调整金额应为0，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="31" />
        <source>a reduction must lower the funding: the change must be below 0, not %1</source>
        <translation>消减必须减少资金：调整金额应小于0，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="34" />
        <source>a reduction of %1 is more than the whole amount %2</source>
        <translation>消减%1超过了全部金额%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="41" />
        <source>a cancellation removes the whole amount: the change must be %1, not %2</source>
        <translation>取消即取消全部资金：调整金额应为%1，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="48" />
        <source>an increase must raise the funding: the change must be above 0, not %1</source>
        <translation>增加必须增加资金：调整金额应大于0，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="75" />
        <source>reading the decisions of the subject</source>
        <translation>读取管理对象的结果运用</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="82" />
        <source>there is already a decision (%1) on this subject for %2; change or delete it instead of adding another</source>
        <translation>该管理对象%2年度已有结果运用（%1）；请修改或删除原记录，不要另行新增</translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="103" />
        <source>the program was graded 差 (poor): it must be reduced or cancelled, not kept or increased</source>
        <translation>该项目评价等级为“差”：一律消减或取消，不能维持或增加</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../core/workflow/ReviewQueue.cpp" line="99" />
        <location filename="../core/workflow/ReviewQueue.cpp" line="145" />
        <location filename="../core/workflow/ReviewQueue.cpp" line="173" />
        <location filename="../core/workflow/ReviewQueue.cpp" line="216" />
        <source>reading the review queue</source>
        <translation>读取待审核清单</translation>
    </message>
</context>
<context>
    <name>SeedData</name>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="29" />
        <source>The seed file %1 is missing from this build.</source>
        <translation>本程序缺少基础数据文件 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="41" />
        <source>The seed file %1 is broken: %2</source>
        <translation>基础数据文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="72" />
        <source>seed file %1, line %2, rank</source>
        <translation>种子文件 %1 第 %2 行的级别</translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="124" />
        <source>The division list is missing from this build.</source>
        <translation>本程序缺少行政区划表。</translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="155" />
        <source>Seed framework: unknown kind “%1”.</source>
        <translation>基础指标框架：未知类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="221" />
        <source>The seed data can only be loaded into a database of schema %1; this one is at schema %2.</source>
        <translation>基础数据只能载入结构版本为 %1 的数据库；此数据库的结构版本为 %2。</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationForm</name>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="22" />
        <source>Agency Overall Expenditure Performance Self-evaluation</source>
        <translation>部门整体支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="23" />
        <source>Government Budget Performance Self-evaluation</source>
        <translation>政府收支预算绩效自评表</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="26" />
        <source>Project Expenditure Performance Self-evaluation</source>
        <translation>项目支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="41" />
        <source>%1: %2 has no self-evaluation for %3 yet.</source>
        <translation>%1：%2尚无%3年度绩效自评。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="49" />
        <source>%1: %2 has no performance targets for %3 to evaluate against.</source>
        <translation>%1：%2尚无%3年度绩效目标，无法自评。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="97" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="98" />
        <source>Agency self-evaluation</source>
        <translation>部门整体绩效自评</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="99" />
        <source>Government self-evaluation</source>
        <translation>政府收支预算绩效自评</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="110" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="113" />
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="115" />
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="120" />
        <source>Agency (unit) name</source>
        <translation>部门（单位）名称</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="125" />
        <source>Budget</source>
        <translation>预算名称</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="128" />
        <source>Finance department</source>
        <translation>财政部门</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="130" />
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="138" />
        <source>Project funds (%1)</source>
        <translation>项目资金（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="138" />
        <source>Annual budget funds (%1)</source>
        <translation>年度预算资金（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="141" />
        <source>Budget at the start of the year</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="141" />
        <source>Budget for the year</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142" />
        <source>Executed in the year</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142" />
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="145" />
        <location filename="../core/report/SelfEvaluationForm.cpp" line="199" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="147" />
        <source>Annual funds total</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="155" />
        <source>Of which: fiscal appropriation of the year</source>
        <translation>其中：当年财政拨款</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="156" />
        <source>Carry-over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="156" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="182" />
        <source>Reason for the execution rate</source>
        <translation>预算执行偏差原因</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="187" />
        <source>Annual overall objective</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="188" />
        <source>Expected objective</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="189" />
        <source>Actual achievement</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="196" />
        <source>Performance indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197" />
        <source>Level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197" />
        <source>Level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198" />
        <source>Operator</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198" />
        <source>Annual target value</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198" />
        <source>Unit of measure</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198" />
        <source>Actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="199" />
        <source>Causes of deviation and corrective measures</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="219" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="232" />
        <source>; </source>
        <comment>reasons separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="235" />
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="240" />
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="244" />
        <source>Reason for finance's grade</source>
        <translation>定级说明</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="248" />
        <source>Evaluation conclusion</source>
        <translation>评价结论</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="249" />
        <source>Problems found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="249" />
        <source>Improvement measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="256" />
        <source>Project lead: </source>
        <translation>项目负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="256" />
        <source>Unit head: </source>
        <translation>单位负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="258" />
        <source>Finance head: </source>
        <translation>财务负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="259" />
        <source>Prepared by: </source>
        <translation>填表人：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="260" />
        <source>Date filled in: </source>
        <translation>填报日期：</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationReportDraft</name>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="49" />
        <source>(To be written.)</source>
        <translation>（待填写。）</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="61" />
        <source>There is no subject with id %1.</source>
        <translation>没有编号为 %1 的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="69" />
        <source>%1 has no self-evaluation for %2 to draft a report from.</source>
        <translation>%1 没有 %2 年度的绩效自评，无法起草自评报告。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="90" />
        <source>Performance self-evaluation report of %1 (fiscal year %2)</source>
        <translation>%1%2年度绩效自评报告</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="92" />
        <source>Reporting agency: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="94" />
        <source>1. Basic information</source>
        <translation>一、基本情况</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="95" />
        <source>%1 (%2) is a %3 of fiscal year %4 under the %5 budget, with a budget of %6 10k yuan.</source>
        <translation>%1（%2）为%4年度%5预算安排的%3，预算金额 %6 万元。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="96" />
        <source>no code</source>
        <translation>无编码</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="101" />
        <source>2. Performance targets and their achievement</source>
        <translation>二、绩效目标及完成情况</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="102" />
        <source>Annual targets:</source>
        <translation>年度绩效目标：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="104" />
        <source>Achieved:</source>
        <translation>实际完成情况：</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="107" />
        <source>3. Budget execution</source>
        <translation>三、预算执行情况</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="108" />
        <source>Initial budget %1 10k yuan, adjusted budget %2 10k yuan, executed %3 10k yuan</source>
        <translation>年初预算数 %1 万元，全年预算数 %2 万元，全年执行数 %3 万元</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="112" />
        <source>, an execution rate of %1%, scoring %2 of %3 points.</source>
        <translation>，预算执行率 %1%，得分 %2 分（分值 %3 分）。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="115" />
        <source>; the execution rate cannot be computed without an adjusted budget.</source>
        <translation>；无全年预算数，无法计算预算执行率。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="119" />
        <source>Reason for the execution rate: %1</source>
        <translation>预算执行率偏低的原因：%1</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="121" />
        <source>4. Indicators: achievement and scores</source>
        <translation>四、各项指标完成情况与得分</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124" />
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124" />
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="125" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="133" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="146" />
        <source>No indicator has been scored.</source>
        <translation>尚无指标得分。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="148" />
        <source>Total score %1 points; grade %2.</source>
        <translation>自评总分 %1 分，评价等级为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="150" />
        <source>not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="152" />
        <source>5. Analysis of deviations</source>
        <translation>五、偏差原因分析</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="160" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="164" />
        <source>6. Problems</source>
        <translation>六、存在问题</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="167" />
        <source>7. Improvement measures</source>
        <translation>七、改进措施</translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="171" />
        <source>Program lead: %1        Finance lead: %2</source>
        <translation>项目负责人：%1        财务负责人：%2</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationScorer</name>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="164" />
        <source>Execution %1 of %2 = %3%; %4 × %5 = %6</source>
        <translation>执行数 %1 / 全年预算数 %2 = %3%；%4 × %5 = %6</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="172" />
        <source>The execution rate %1% is below %2%: give the reason.</source>
        <translation>预算执行率 %1% 低于 %2%：请说明原因。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="177" />
        <source>No adjusted budget: the execution rate scores 0.</source>
        <translation>没有全年预算数：预算执行率得 0 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="178" />
        <source>The self-evaluation has no adjusted budget (全年预算数).</source>
        <translation>绩效自评没有填写全年预算数。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="193" />
        <source>Self-evaluation: an entry refers to indicator %1, which is not in the approved targets.</source>
        <translation>绩效自评：有一项引用了指标 %1，该指标不在批复的绩效目标中。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="210" />
        <source>Self-evaluation, indicator “%1”: no actual value was entered.</source>
        <translation>绩效自评，指标“%1”：未填写实际完成值。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="150" />
        <source>The targets are %1: a self-evaluation is scored against approved targets only.</source>
        <translation>绩效目标状态为%1：绩效自评只能对照审核通过的绩效目标评分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="221" />
        <source>Indicator “%1” is marked not applicable: give the reason.</source>
        <translation>指标“%1”申报不适用：请说明理由。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="231" />
        <source>not applicable, rejected → 0</source>
        <translation>不适用未获认可 → 0</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="232" />
        <source>Marked not applicable, rejected by finance: not reached, 0 points, %1 lost.</source>
        <translation>申报不适用未获财政认可：视为未完成，得 0 分，扣 %1 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="238" />
        <source>Not applicable, accepted by finance: left out, the total is rescaled over the other weights.</source>
        <translation>不适用，已获财政认可：不参与评分，总分按其余分值折算为百分制。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="239" />
        <source>Not applicable, to be accepted by finance: left out, the total is rescaled over the other weights.</source>
        <translation>不适用，待财政认可：暂不参与评分，总分按其余分值折算为百分制。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="249" />
        <source>Self-evaluation, indicator “%1”: choose the level reached (qualitative indicator).</source>
        <translation>绩效自评，指标“%1”：请选择达成程度（定性指标）。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="257" />
        <source>from %1 to %2</source>
        <translation>在 %1 至 %2 之间</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="258" />
        <source>at least %1 and below %2</source>
        <translation>不低于 %1 且低于 %2</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="260" />
        <source>Self-evaluation, indicator “%1”: rated “%2”, the score must be %3, not %4.</source>
        <translation>绩效自评，指标“%1”：评为“%2”时得分应%3，而不是 %4。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="261" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="265" />
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="266" />
        <source>Qualitative, rated “%1” (band %2–%3% of %4): %5 points, %6 lost.</source>
        <translation>定性指标，评为“%1”（分值 %4 的 %2–%3%）：得 %5 分，扣 %6 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="276" />
        <source>Indicator “%1”: the target value is missing or not a number.</source>
        <translation>指标“%1”：年度指标值缺失或不是数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="280" />
        <source>Self-evaluation, indicator “%1”: the actual value “%2” is not a number.</source>
        <translation>绩效自评，指标“%1”：实际完成值“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="290" />
        <source>%1 %2 %3 → %4</source>
        <translation>%1 %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="291" />
        <source>Target %1 %2 reached with %3: full %4 points.</source>
        <translation>指标值 %1 %2，实际完成 %3，达成：得满分 %4 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="293" />
        <source>%1 &gt; 0 → 0</source>
        <translation>%1 &gt; 0 → 0</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="294" />
        <source>Target = 0 missed with %1: 0 points, %2 lost.</source>
        <translation>指标值 = 0，实际完成 %1，未达成：得 0 分，扣 %2 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="297" />
        <source>Target %1 %2 missed with %3: %4 × %3 / %2 = %5 points, %6 lost.</source>
        <translation>指标值 %1 %2，实际完成 %3，未达成：%4 × %3 / %2 = %5 分，扣 %6 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="301" />
        <source>Target %1 %2 exceeded with %3: %4 × %2 / %3 = %5 points, %6 lost (ratio formula).</source>
        <translation>指标值 %1 %2，实际 %3，超出：%4 × %2 / %3 = %5 分，扣 %6 分（比值法）。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="305" />
        <source>Target %1 %2 exceeded with %3: %4 × (1 − (%3 − %2) / %2) = %5 points, %6 lost (linear formula, 0 from twice the target).</source>
        <translation>指标值 %1 %2，实际 %3，超出：%4 × (1 − (%3 − %2) / %2) = %5 分，扣 %6 分（线性法，达到指标值两倍时得 0 分）。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="316" />
        <source>Indicator “%1”: the target %2 is more than %3 times the actual %4 (the target may be set too loose); explain why.</source>
        <translation>指标“%1”：目标值 %2 超过实际值 %4 的 %3 倍（指标值设定可能偏松），请说明原因。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="319" />
        <source>Indicator “%1”: the actual %2 is more than %3 times the target %4 (the target may be set too low); explain why.</source>
        <translation>指标“%1”：实际完成值 %2 超过年度指标值 %4 的 %3 倍（指标值设定可能偏低）；请说明原因。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="333" />
        <source>ratio %1 above %2: %3 × min(%4, (%1 − 1) × %5) = %6 points deducted</source>
        <translation>偏离比 %1 超过 %2：%3 × min(%4, (%1 − 1) × %5) = 扣减 %6 分</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="340" />
        <source>Target set too low, %1 as confirmed by finance: %2 points.</source>
        <translation>指标值设定偏低，经财政确认%1：得 %2 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="343" />
        <source>Target may be set too low (%1 if finance confirms it).</source>
        <translation>指标值设定可能偏低（经财政确认后%1）。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="349" />
        <source>Indicator “%1” is not fully reached: give the reasons for the deviation and the measures (偏差原因分析及改进措施).</source>
        <translation>指标“%1”未全部完成：请填写偏差原因分析及改进措施。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="365" />
        <source>Indicators marked not applicable take %1 points out; the year's policy allows at most %2.</source>
        <translation>申报不适用的指标共剔除 %1 分；本年度规则最多允许 %2 分。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="373" />
        <source>The scores add up to %1, more than 100: the weights do not fit the framework.</source>
        <translation>各项得分合计 %1，超过 100：分值与指标框架不符。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="88" />
        <source>The weights of %1 add up to %2; the year's policy gives %3.</source>
        <translation>%1的分值合计为 %2；本年度规则规定为 %3。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="89" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="95" />
        <source>Indicators of class “%1” carry %2 points the year's policy gives no weight to.</source>
        <translation>“%1”类指标共 %2 分，本年度规则未给该类指标设定分值。</translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="96" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="47" />
        <source>%1 (OpenSSL: %2)</source>
        <translation>%1（OpenSSL：%2）</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="107" />
        <source>Cannot generate an SM2 key pair.</source>
        <translation>无法生成 SM2 密钥对。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="118" />
        <source>The stored private key is damaged: it is not an encrypted PKCS#8 key.</source>
        <translation>保存的私钥已损坏：不是加密的 PKCS#8 密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="124" />
        <source>Wrong passphrase: the private key cannot be decrypted with it.</source>
        <translation>口令错误：无法用它解密私钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="131" />
        <source>The stored private key is not an SM2 key.</source>
        <translation>保存的私钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="140" />
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation>口令太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="144" />
        <source>Cannot draw random bytes for the key's salt.</source>
        <translation>无法为密钥的盐值生成随机数。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="147" />
        <source>Cannot encode the private key.</source>
        <translation>无法编码私钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="151" />
        <source>Cannot set up the encryption of the private key.</source>
        <translation>无法设置私钥加密。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="157" />
        <source>Cannot encrypt the private key.</source>
        <translation>无法加密私钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="170" />
        <source>Cannot encode the encrypted private key.</source>
        <translation>无法编码已加密的私钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="195" />
        <source>Cannot start an SM2 signature.</source>
        <translation>无法开始 SM2 签名。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="212" />
        <source>The signer's key is not an SM2 public key.</source>
        <translation>签名方的密钥不是 SM2 公钥。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="216" />
        <source>Cannot start the check of an SM2 signature.</source>
        <translation>无法开始验证 SM2 签名。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="278" />
        <source>The signature was already made.</source>
        <translation>签名已经生成。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="289" />
        <source>Cannot make the SM2 signature.</source>
        <translation>无法生成 SM2 签名。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="307" />
        <source>The signature was already checked.</source>
        <translation>签名已经验证。</translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="313" />
        <source>The SM2 signature does not match the signed content.</source>
        <translation>SM2 签名与所签内容不符。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="53" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="55" />
        <source>Ex-ante assessment</source>
        <translation>事前评估</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="57" />
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="59" />
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="61" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="63" />
        <source>Finance review</source>
        <translation>财政审核</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="65" />
        <source>Use of results</source>
        <translation>结果运用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="67" />
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="69" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="71" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StagePages</name>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="175" />
        <source>the program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="177" />
        <source>%1 is edited on the page of its stage.</source>
        <translation>%1在其所属环节的页面中填报。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/ChildTable.cpp" line="38" />
        <location filename="../core/storage/ChildTable.cpp" line="46" />
        <source>saving %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <location filename="../core/storage/ChildTable.cpp" line="63" />
        <location filename="../core/storage/ChildTable.cpp" line="80" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="23" />
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Column.cpp" line="10" />
        <source>The database holds %1 in column %2 of table %3, which is not one of the values that column may hold; the file may come from a newer version of Jixiao or have been changed by hand.</source>
        <translation>数据库表 %3 的 %2 列中存有值 %1，该值不是此列允许的取值；该文件可能来自更新版本的绩效软件，或曾被手工修改。</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordTable.h" line="109" />
        <source>owner</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordTable.h" line="110" />
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="12" />
        <source>agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="13" />
        <source>division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="14" />
        <source>subject</source>
        <translation>管理对象</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="15" />
        <source>category</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="16" />
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="69" />
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="70" />
        <source>agency %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="93" />
        <source>predecessor program</source>
        <translation>上年度项目</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="94" />
        <source>subject %1</source>
        <translation>管理对象 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="105" />
        <source>parent category</source>
        <translation>上级类别</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="111" />
        <source>indicator category %1</source>
        <translation>指标类别 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="112" />
        <source>indicator category “%1”</source>
        <translation>指标类别“%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="128" />
        <source>library indicator %1</source>
        <translation>指标库指标 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="129" />
        <source>library indicator “%1”</source>
        <translation>指标库指标“%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="141" />
        <source>receiving division</source>
        <translation>接收地区</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="146" />
        <source>target set %1</source>
        <translation>绩效目标 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="147" />
        <source>target set of %1</source>
        <translation>%1 年度绩效目标</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="157" />
        <source>target set</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="160" />
        <source>library entry</source>
        <translation>指标库指标</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="172" />
        <source>indicator %1</source>
        <translation>绩效指标 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="187" />
        <source>ex-ante assessment %1</source>
        <translation>事前绩效评估 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="188" />
        <source>ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="213" />
        <source>monitoring report %1</source>
        <translation>监控报告 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="214" />
        <source>monitoring report for month %1</source>
        <translation>%1 月监控报告</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="246" />
        <source>self-evaluation %1</source>
        <translation>绩效自评 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="247" />
        <source>self-evaluation of %1</source>
        <translation>%1 年度绩效自评</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="283" />
        <source>reviewing finance department</source>
        <translation>审核财政部门</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="284" />
        <source>review %1</source>
        <translation>审核意见 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="285" />
        <source>review of %1</source>
        <translation>%1审核意见</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="307" />
        <source>result application %1</source>
        <translation>结果运用 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="308" />
        <source>result application for %1</source>
        <translation>%1 年度结果运用</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="325" />
        <source>acting agency</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="329" />
        <source>workflow step %1</source>
        <translation>办理记录 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="330" />
        <source>workflow step of %1</source>
        <translation>%1的办理记录</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="340" />
        <location filename="../core/storage/Tables.cpp" line="360" />
        <source>program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="342" />
        <source>monitoring report</source>
        <translation>监控报告</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="350" />
        <source>ordering finance department</source>
        <translation>下达指令的财政部门</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="351" />
        <source>finance order %1</source>
        <translation>财政指令 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="365" />
        <source>paying finance department</source>
        <translation>拨款财政部门</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="366" />
        <source>payment %1</source>
        <translation>拨款 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="383" />
        <source>self-evaluation report %1</source>
        <translation>绩效自评报告 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="439" />
        <source>reading the columns of %1</source>
        <translation>读取表 %1 的列</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="445" />
        <source>The database has no table “%1”, which this version of Jixiao reads and writes.</source>
        <translation>数据库中缺少表“%1”，而本版本的绩效软件需要读写该表。</translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="452" />
        <source>Table “%1” of the database has no column “%2”, which this version of Jixiao reads and writes (a missing schema migration, or a wrong table declaration).</source>
        <translation>数据库表“%1”中缺少列“%2”，而本版本的绩效软件需要读写该列（缺少数据库结构升级步骤，或表的声明有误）。</translation>
    </message>
</context>
<context>
    <name>SubjectListExporter</name>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="94" />
        <location filename="../core/io/SubjectListExporter.cpp" line="116" />
        <location filename="../core/io/SubjectListExporter.cpp" line="128" />
        <location filename="../core/io/SubjectListExporter.cpp" line="222" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="221" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="250" />
        <source>The list has no columns to export.</source>
        <translation>清单没有可导出的列。</translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="275" />
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>SubjectQuery</name>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="436" />
        <source>counting the list</source>
        <translation>统计清单</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="457" />
        <source>listing subjects</source>
        <translation>列出管理对象</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="518" />
        <source>reading the list</source>
        <translation>读取清单</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="606" />
        <location filename="../core/storage/SubjectQuery.cpp" line="626" />
        <location filename="../core/storage/SubjectQuery.cpp" line="631" />
        <source>updating the summary of monitoring</source>
        <translation>更新运行监控汇总</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="651" />
        <source>reading the fiscal years</source>
        <translation>读取预算年度</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="669" />
        <source>reading the units</source>
        <translation>读取单位</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="690" />
        <source>Not started</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="696" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="697" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="698" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="699" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="700" />
        <source>Budget book</source>
        <translation>预算类别</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="701" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="702" />
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="703" />
        <source>Assessment</source>
        <translation>事前评估</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="704" />
        <source>Assessment score</source>
        <translation>评估得分</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="705" />
        <source>Conclusion</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="706" />
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="707" />
        <source>Month</source>
        <translation>监控月份</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="708" />
        <source>Executed (%1)</source>
        <translation>累计执行（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="709" />
        <source>Execution rate (%)</source>
        <translation>执行率（%）</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="710" />
        <source>Time progress (%)</source>
        <translation>时间进度（%）</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="711" />
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="712" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="713" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="714" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="715" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="716" />
        <source>Order in force</source>
        <translation>在执行的财政指令</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="738" />
        <location filename="../ui/lists/SubjectListView.cpp" line="79" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="746" />
        <location filename="../ui/lists/SubjectListView.cpp" line="81" />
        <source>Execution behind</source>
        <translation>执行进度滞后</translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="748" />
        <location filename="../ui/lists/SubjectListView.cpp" line="82" />
        <source>Indicator out of reach</source>
        <translation>指标完全不可能完成</translation>
    </message>
</context>
<context>
    <name>SubmissionGates</name>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="80" />
        <source>the annual objective (年度总体目标) is empty</source>
        <translation>年度总体目标为空</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="82" />
        <source>there are no indicators</source>
        <translation>没有绩效指标</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="93" />
        <source>the receiving division %1 is not below the program's division %2: a transfer goes to a lower level</source>
        <translation>接收地区%1不在项目所属地区%2之下：转移支付只能下达给下级</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="103" />
        <source>indicator “%1…”: the name has %2 characters, at most %3</source>
        <translation>指标“%1…”：名称有 %2 个字，最多 %3 个字</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="111" />
        <source>indicator “%1”: the unit is missing</source>
        <translation>指标“%1”：缺少度量单位</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="114" />
        <source>indicator “%1”: the target value is missing</source>
        <translation>指标“%1”：缺少年度指标值</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="118" />
        <source>indicator “%1”: the qualitative target is missing</source>
        <translation>指标“%1”：缺少定性指标的目标描述</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="122" />
        <source>indicator “%1”: no indicator category</source>
        <translation>指标“%1”：未选择指标类别</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="140" />
        <source>no indicator in the required class “%1”</source>
        <translation>必设的“%1”类下没有指标</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="179" />
        <source>the executed amount is above the budget</source>
        <translation>执行数超过预算数</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="193" />
        <source>indicator “%1”: the forecast %2 misses the target %3</source>
        <translation>指标“%1”：预计全年完成值 %2 达不到目标值 %3</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="196" />
        <source>indicator “%1” is not certain to be reached</source>
        <translation>指标“%1”不确定能完成</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="199" />
        <source>%1: give the cause of the deviation</source>
        <translation>%1：请填写偏差原因</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="203" />
        <source>%1: give the corrective measures</source>
        <translation>%1：请填写纠偏措施</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="215" />
        <source>The self-evaluation no longer exists.</source>
        <translation>该绩效自评已不存在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="231" />
        <source>the assessment report is empty</source>
        <translation>评估报告为空</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="234" />
        <source>%1 of the 5 dimensions are scored</source>
        <translation>5 个评估维度中只评了 %1 个</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="236" />
        <source>there is no conclusion</source>
        <translation>没有评估结论</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="248" />
        <source>“%1” is scored out of %2; the year's policy gives %3</source>
        <translation>“%1”按 %2 分评分；本年度规则规定为 %3 分</translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="257" />
        <source>a total of %1 concludes “%2”, not “%3”</source>
        <translation>总分 %1 对应的结论是“%2”，而不是“%3”</translation>
    </message>
</context>
<context>
    <name>TargetsForm</name>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="36" />
        <source>%1: %2 has no performance targets for %3 yet.</source>
        <translation>%1：%2尚无%3年度绩效目标。</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="65" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="65" />
        <source>Level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66" />
        <source>Level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66" />
        <source>Operator</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66" />
        <source>Indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67" />
        <source>Unit of measure</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67" />
        <source>Scoring standard</source>
        <translation>评（计）分标准</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="85" />
        <source>Unit head: </source>
        <translation>单位负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="86" />
        <source>Finance head: </source>
        <translation>财务负责人：</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="87" />
        <source>Prepared by: </source>
        <translation>填表人：</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="88" />
        <source>Telephone: </source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="89" />
        <source>Date filled in: </source>
        <translation>填报日期：</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="106" />
        <source>Project Expenditure Performance Targets</source>
        <translation>项目支出绩效目标申报表</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="111" />
        <source>Agency Overall Expenditure Performance Targets</source>
        <translation>部门（单位）整体支出绩效目标申报表</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="121" />
        <source>Targets</source>
        <translation>绩效目标申报</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="123" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="126" />
        <source>Competent department and code</source>
        <translation>主管部门及代码</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="129" />
        <source>%1 (%2)</source>
        <comment>a department and its code</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="131" />
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="134" />
        <source>Project type</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="135" />
        <source>New project</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="135" />
        <source>Continuing project</source>
        <translation>延续项目</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="136" />
        <source>Project period</source>
        <translation>项目期</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="140" />
        <source>Project funds (%1)</source>
        <translation>项目资金（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="141" />
        <source>Mid-term funds total</source>
        <translation>中期资金总额</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="143" />
        <source>Annual funds total</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="146" />
        <location filename="../core/report/TargetsForm.cpp" line="184" />
        <source>Of which: fiscal appropriation</source>
        <translation>其中：财政拨款</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="146" />
        <location filename="../core/report/TargetsForm.cpp" line="185" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="153" />
        <source>Overall objective</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="155" />
        <location filename="../core/report/TargetsForm.cpp" line="159" />
        <source>Annual objective</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="158" />
        <source>Mid-term objective</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="163" />
        <source>Performance indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="177" />
        <source>Agency targets</source>
        <translation>部门整体绩效目标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="179" />
        <source>Agency (unit) name</source>
        <translation>部门（单位）名称</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="182" />
        <source>Annual budget (%1)</source>
        <translation>年度预算（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="183" />
        <source>Funds total</source>
        <translation>资金总额</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="190" />
        <source>Annual overall objective</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="192" />
        <source>Annual performance indicators</source>
        <translation>年度绩效指标</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="108" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="134" />
        <source>the cell holds a formula (=%1); type the value itself.</source>
        <translation>单元格中是公式（=%1），请直接填写数值。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="138" />
        <source>the cell holds the error value %1.</source>
        <translation>单元格中是错误值 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="171" />
        <location filename="../core/io/TemplateImporter.cpp" line="255" />
        <source>“%1” is text; a number is expected here.</source>
        <translation>“%1”是文字，此处应填写数字。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="187" />
        <source>the amount %1 is negative.</source>
        <translation>金额 %1 为负数。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="192" />
        <source>the amount %1 is too large.</source>
        <translation>金额 %1 过大。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="198" />
        <source>the amount %1 has fractions of a fen; amounts are in yuan with at most two decimals.</source>
        <translation>金额 %1 不足一分的部分无法记录；金额以元为单位，最多保留两位小数。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="219" />
        <location filename="../core/io/TemplateImporter.cpp" line="1065" />
        <location filename="../core/io/TemplateImporter.cpp" line="1168" />
        <source>“%1” is not one of: %2.</source>
        <translation>“%1”不在可选范围内，应为：%2。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="373" />
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation>未导入任何内容，因为导入前无法先备份数据库：%1</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="409" />
        <source>this workbook is not a Jixiao fill-in template: its hidden sheet “%1” is missing. Export a template and fill that.</source>
        <translation>此工作簿不是本系统导出的填报模板：缺少隐藏工作表“%1”。请先导出模板，再在模板上填写。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="433" />
        <source>this workbook is not a Jixiao fill-in template.</source>
        <translation>此工作簿不是本系统导出的填报模板。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="439" />
        <source>the template is of format version %1; this program reads version %2. Update the program.</source>
        <translation>模板格式版本为 %1，本程序只能读取版本 %2。请升级程序。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="451" />
        <source>the template's description is damaged (kind, year, month or agency).</source>
        <translation>模板的说明信息（种类、年度、月份或单位）已损坏。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="457" />
        <source>the template is for agency “%1”, which is not in this database.</source>
        <translation>模板所属单位“%1”不在本数据库中。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="472" />
        <source>the sheet “%1” is missing (deleted or renamed).</source>
        <translation>缺少工作表“%1”（已被删除或改名）。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="493" />
        <source>the column “%1” is missing or was renamed.</source>
        <translation>缺少“%1”列，或该列表头已被改动。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="504" />
        <location filename="../core/io/TemplateImporter.cpp" line="528" />
        <source>the header row is missing.</source>
        <translation>缺少表头行。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="546" />
        <source>the program of this row (id %1) is not a live program of %2 in %3.</source>
        <translation>本行对应的项目（ID %1）不是%2 %3 年度的有效项目。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="558" />
        <source>the row names no program: type its program code.</source>
        <translation>本行未指明项目，请填写项目编码。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="563" />
        <source>there is no program with code “%1” of %2 in %3.</source>
        <translation>%2 %3 年度没有编码为“%1”的项目。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="582" />
        <source>the %1 of this program changed since the template was exported (version %2, now %3); export a new template and fill it again.</source>
        <translation>模板已过期：导出模板后，该项目的%1已被修改（导出时版本 %2，现为 %3）。请重新导出模板后再填写。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="637" />
        <location filename="../core/io/TemplateImporter.cpp" line="849" />
        <location filename="../core/io/TemplateImporter.cpp" line="1000" />
        <source>the program “%1” appears twice (first in row %2).</source>
        <translation>项目“%1”重复出现（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="656" />
        <source>targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="296" />
        <location filename="../core/io/TemplateImporter.cpp" line="676" />
        <location filename="../core/io/TemplateImporter.cpp" line="1056" />
        <source>the program “%1” is not on the sheet “%2”.</source>
        <translation>项目“%1”不在工作表“%2”中。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="698" />
        <source>this indicator (id %1) is not among the targets of “%2”.</source>
        <translation>该指标（ID %1）不属于“%2”的绩效目标。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="316" />
        <location filename="../core/io/TemplateImporter.cpp" line="703" />
        <source>this indicator appears twice.</source>
        <translation>该指标重复出现。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="726" />
        <source>“%1 / %2” is not a level-1 / level-2 category of the %3 indicator framework.</source>
        <translation>“%1 / %2”不是 %3 年度共性指标框架中的一级/二级指标。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="736" />
        <source>the indicator has no name.</source>
        <translation>指标名称为空。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="746" />
        <source>choose the indicator's operator (≥, ≤, ＝, ＞, ＜ or 定性).</source>
        <translation>请选择指标性质（≥、≤、＝、＞、＜ 或 定性）。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="858" />
        <source>the program “%1” has no performance targets to monitor.</source>
        <translation>项目“%1”没有绩效目标，无法监控。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="880" />
        <source>monitoring report</source>
        <translation>监控报告</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="311" />
        <source>this row is not one of the indicators of “%1” (add indicators in the targets).</source>
        <translation>本行不是“%1”的绩效指标（新增指标请在绩效目标中填写）。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1009" />
        <source>the program “%1” has no performance targets to evaluate.</source>
        <translation>项目“%1”没有绩效目标，无法自评。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1027" />
        <source>self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1073" />
        <source>this funds row appears twice.</source>
        <translation>该资金行重复出现。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1151" />
        <source>only 定性 indicators take a score here; quantitative ones are scored by the rules.</source>
        <translation>只有定性指标在此填写得分；定量指标按规则自动计分。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1155" />
        <source>the score %1 is outside 0–%2 (the indicator's weight).</source>
        <translation>得分 %1 超出 0—%2（指标权重）的范围。</translation>
    </message>
</context>
<context>
    <name>TemplateLayout</name>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="166" />
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="168" />
        <source>Performance monitoring</source>
        <translation>绩效监控</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="170" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
</context>
<context>
    <name>TemplateWorkbook</name>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="262" />
        <source>Not accepted</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="277" />
        <source>Pick a value from the list.</source>
        <translation>请从下拉列表中选择。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="284" />
        <source>Type an amount in yuan, not negative, with at most two decimals.</source>
        <translation>请填写以元为单位的金额，不能为负数，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="285" />
        <source>Type a number that is not negative.</source>
        <translation>请填写不小于零的数字。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="299" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="300" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="360" />
        <source>finding agency %1</source>
        <translation>查找单位 %1</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="374" />
        <source>No agency “%1” in this database (give its id or its code).</source>
        <translation>本数据库中没有单位“%1”（请填写单位 ID 或单位编码）。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="398" />
        <source>Month %1 is not 1–12.</source>
        <translation>月份 %1 不在 1—12 之间。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="403" />
        <source>The agency of the template is not in this database.</source>
        <translation>模板所属单位不在本数据库中。</translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="434" />
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>TransitionRepository</name>
    <message>
        <location filename="../core/storage/TransitionRepository.cpp" line="24" />
        <source>numbering a workflow step</source>
        <translation>为工作流步骤编号</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/Validation.cpp" line="53" />
        <source>agency “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="59" />
        <source>program “%1”</source>
        <translation>项目“%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="60" />
        <source>agency budget “%1”</source>
        <translation>部门整体预算“%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="61" />
        <source>government budget “%1”</source>
        <translation>政府收支预算“%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="68" />
        <source>indicator “%1”</source>
        <translation>指标“%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="74" />
        <source>The agency has no name.</source>
        <translation>单位没有名称。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="76" />
        <location filename="../core/domain/Validation.cpp" line="94" />
        <source>%1: division code “%2” is not six digits.</source>
        <translation>%1：行政区划代码“%2”不是六位数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="78" />
        <source>%1: no owner.</source>
        <translation>%1：没有所属单位。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="86" />
        <source>The %1 has no name.</source>
        <translation>%1没有名称。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="88" />
        <source>%1: fiscal year %2 is out of range.</source>
        <translation>%1：预算年度 %2 超出范围。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="90" />
        <source>%1: the amount %2 is negative.</source>
        <translation>%1：金额 %2 为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="92" />
        <source>%1: no agency.</source>
        <translation>%1：没有所属单位。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="97" />
        <source>%1: function class code “%2” must have 3, 5 or 7 digits.</source>
        <translation>%1：功能分类代码“%2”应为 3、5 或 7 位数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="101" />
        <source>%1: unknown funding tags %2.</source>
        <translation>%1：未知的资金标识 %2。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="103" />
        <source>%1: only programs carry funding tags and new / major / mid-year flags.</source>
        <translation>%1：只有项目才有资金标识和新增 / 重大 / 年中追加标记。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="111" />
        <source>An indicator category has no name.</source>
        <translation>指标类别没有名称。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="113" />
        <source>Indicator category “%1”: level 1 has no parent, level 2 needs one.</source>
        <translation>指标类别“%1”：一级类别不能有上级，二级类别必须有上级。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="115" />
        <source>Indicator category “%1”: weight must not be negative.</source>
        <translation>指标类别“%1”：分值不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="122" />
        <source>A library indicator has no name.</source>
        <translation>指标库指标没有名称。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="124" />
        <source>Library indicator “%1”: no category.</source>
        <translation>指标库指标“%1”：没有指标类别。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="131" />
        <source>An indicator has no name.</source>
        <translation>指标没有名称。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="133" />
        <source>%1: weight %2 must not be negative.</source>
        <translation>%1：分值 %2 不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="135" />
        <source>%1: the target value is not a number.</source>
        <translation>%1：指标值不是数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="142" />
        <source>A target set has no subject.</source>
        <translation>绩效目标没有对应的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="144" />
        <source>Target set: fiscal year %1 is out of range.</source>
        <translation>绩效目标：预算年度 %1 超出范围。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="146" />
        <source>Target set: receiving division “%1” is not six digits.</source>
        <translation>绩效目标：接收地区代码“%1”不是六位数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="152" />
        <source>indicators[%1].weight: %2: weight %3 must not be negative.</source>
        <translation>indicators[%1].weight：%2：分值 %3 不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="166" />
        <source>An ex-ante assessment has no subject.</source>
        <translation>事前绩效评估没有对应的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="170" />
        <source>Ex-ante assessment: dimension “%1” appears twice.</source>
        <translation>事前绩效评估：评估维度“%1”重复。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="174" />
        <source>Ex-ante assessment, “%1”: score %2 is outside 0–%3.</source>
        <translation>事前绩效评估“%1”：得分 %2 不在 0–%3 之间。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="186" />
        <source>A monitoring report has no subject.</source>
        <translation>监控报告没有对应的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="188" />
        <source>Monitoring report: month %1 is not 1–12.</source>
        <translation>监控报告：月份 %1 不在 1–12 之间。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="190" />
        <source>Monitoring report for month %1: amounts must not be negative.</source>
        <translation>%1 月监控报告：金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="193" />
        <source>Monitoring report for month %1: a progress value is not a number.</source>
        <translation>%1 月监控报告：完成值不是数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="201" />
        <source>A self-evaluation has no subject.</source>
        <translation>绩效自评没有对应的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="204" />
        <source>Self-evaluation, funds row “%1”: amounts must not be negative.</source>
        <translation>绩效自评资金行“%1”：金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="208" />
        <source>Self-evaluation: total score %1 is outside 0–100.</source>
        <translation>绩效自评：总分 %1 不在 0–100 之间。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="211" />
        <source>Self-evaluation: an actual value or score is not a number.</source>
        <translation>绩效自评：实际完成值或得分不是数字。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="219" />
        <source>A review names no record.</source>
        <translation>审核意见没有对应的记录。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="221" />
        <source>A review names no reviewing finance department.</source>
        <translation>审核意见没有注明审核的财政部门。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="228" />
        <source>A result application has no subject.</source>
        <translation>结果运用没有对应的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="230" />
        <source>Result application: year %1 is out of range.</source>
        <translation>结果运用：年度 %1 超出范围。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="64" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="65" />
        <source>%1, sheet “%2”: %3</source>
        <translation>%1，工作表“%2”：%3</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="73" />
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="77" />
        <location filename="../core/io/XlsxReader.cpp" line="101" />
        <source>%1 is %2 MB; workbooks over %3 MB are not imported.</source>
        <translation>%1 大小为 %2 MB；超过 %3 MB 的工作簿不予导入。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="83" />
        <location filename="../core/io/XlsxReader.cpp" line="107" />
        <source>%1 is empty: it is not an Excel workbook.</source>
        <translation>%1 是空文件，不是 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="88" />
        <location filename="../core/io/XlsxReader.cpp" line="114" />
        <location filename="../core/io/XlsxReader.cpp" line="120" />
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="89" />
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="135" />
        <location filename="../core/io/XlsxReader.cpp" line="147" />
        <source>the part %1 is missing.</source>
        <translation>缺少部件 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="151" />
        <source>the part %1 cannot be read.</source>
        <translation>无法读取部件 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="156" />
        <source>the part %1 would unpack to %2 MB; the limit is %3 MB.</source>
        <translation>部件 %1 解压后将达 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="165" />
        <source>the part %1 is compressed %2 times; this looks like a zip bomb.</source>
        <translation>部件 %1 的压缩比达 %2 倍，疑似压缩炸弹。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="169" />
        <source>the part %1 cannot be read: %2</source>
        <translation>无法读取部件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="188" />
        <source>the part %1 is damaged: %2</source>
        <translation>部件 %1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="198" />
        <source>the part %1 unpacks to more than it declares.</source>
        <translation>部件 %1 解压后的大小超过其声明的大小。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="200" />
        <source>the workbook unpacks to more than %1 MB.</source>
        <translation>工作簿解压后超过 %1 MB。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="206" />
        <source>the part %1 is not valid XML (line %2): %3</source>
        <translation>部件 %1 不是有效的 XML（第 %2 行）：%3</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="215" />
        <source>the part %1 declares a DTD; such files are not read.</source>
        <translation>部件 %1 含有 DTD 声明，此类文件不予读取。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="217" />
        <source>the part %1 uses an undeclared entity “%2”.</source>
        <translation>部件 %1 使用了未声明的实体“%2”。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="220" />
        <source>the part %1 nests elements deeper than %2.</source>
        <translation>部件 %1 的元素嵌套超过 %2 层。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="242" />
        <source>the zip holds %1 entries; a workbook has at most %2.</source>
        <translation>压缩包中有 %1 个条目，工作簿最多只能有 %2 个。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="259" />
        <source>it is not an Excel workbook: %1 is missing.</source>
        <translation>不是 Excel 工作簿：缺少 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="300" />
        <source>the workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="407" />
        <source>there is no sheet “%1”.</source>
        <translation>没有工作表“%1”。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="431" />
        <source>cell %1 points to shared string %2, which does not exist.</source>
        <translation>单元格 %1 引用的共享字符串 %2 不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="448" />
        <source>cell %1 holds “%2”, which is not a number.</source>
        <translation>单元格 %1 中的“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="452" />
        <source>cell %1 has an unknown type “%2”.</source>
        <translation>单元格 %1 的类型“%2”无法识别。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="468" />
        <source>row number “%1” is out of order or out of range.</source>
        <translation>行号“%1”顺序错乱或超出范围。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="475" />
        <source>a cell stands outside any row.</source>
        <translation>有单元格不在任何行内。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="484" />
        <source>cell reference “%1” is not valid in row %2.</source>
        <translation>单元格引用“%1”在第 %2 行中无效。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="488" />
        <source>cell %1 is out of order.</source>
        <translation>单元格 %1 顺序错乱。</translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="508" />
        <source>merged range “%1” is not valid.</source>
        <translation>合并区域“%1”无效。</translation>
    </message>
</context>
<context>
    <name>YearPolicy</name>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="35" />
        <source>Policy %1, %2 weights: the execution-rate weight and the class weights add up to %3, not 100.</source>
        <translation>%1 年度规则，%2 分值：预算执行率分值与各类指标分值合计为 %3，不等于 100。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="56" />
        <source>Policy: “fiscalYear” is missing or out of range.</source>
        <translation>年度规则：“fiscalYear”缺失或超出范围。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="59" />
        <source>Policy %1: “regionCode” “%2” is not a six-digit division code.</source>
        <translation>%1 年度规则：“regionCode”“%2”不是六位行政区划代码。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="68" />
        <source>Policy %1: grade bands must rise within 0–100 (fair &lt; good &lt; excellent).</source>
        <translation>%1 年度规则：等级分数线须在 0–100 内递增（中 &lt; 良 &lt; 优）。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="81" />
        <source>Policy %1: “lowerIsBetterFormula” must be ratio or linear, not “%2”.</source>
        <translation>%1 年度规则：“lowerIsBetterFormula”应为 ratio 或 linear，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="92" />
        <source>Policy %1: “%2” is not a framework kind.</source>
        <translation>%1 年度规则：“%2”不是指标框架类型。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="106" />
        <source>Policy %1: “notApplicableMaxWeight” must be within 0–100 and the far-above deduction's rate and maximum share within 0–1.</source>
        <translation>%1 年度规则：“notApplicableMaxWeight”须在 0–100 之间，远超目标值扣分的比率和最高比例须在 0–1 之间。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="28" />
        <source>Policy %1: every class weight needs “classes” and a “weight” of at least 0.</source>
        <translation>%1 年度规则：每项分值都需要“classes”和不小于 0 的“weight”。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="115" />
        <source>Policy %1: “farAboveRatio” must be above 1.</source>
        <translation>%1 年度规则：“farAboveRatio”必须大于 1。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="128" />
        <source>Policy %1: the qualitative bands must follow each other within 0–100.</source>
        <translation>%1 年度规则：定性评分档次须在 0–100 内首尾相接。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="137" />
        <source>Policy %1: the ex-ante assessment bands must rise (revise &lt; support ≤ 5 × dimension maximum).</source>
        <translation>%1 年度规则：事前评估结论分数线须递增（调整完善 &lt; 予以支持 ≤ 5 × 单项满分）。</translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="146" />
        <source>Policy %1: deadline “%2” needs a key, a month 0–12 and a day 1–31.</source>
        <translation>%1 年度规则：期限“%2”需要 key、0–12 的月份和 1–31 的日期。</translation>
    </message>
</context>
<context>
    <name>jx::ActorPicker</name>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="32" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="35" />
        <source>Who acts</source>
        <translation>当前操作人</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="46" />
        <source>Who works in %1 now? What you save and submit is recorded in this person's name.</source>
        <translation>现在由谁在%1办理业务？保存和报送的内容将记录在此人名下。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="50" />
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="92" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jx::AssessmentEditor</name>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="40" />
        <source>The assessment could not be read.</source>
        <translation>无法读取该事前评估。</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="52" />
        <source>Program: %1    Amount: %2</source>
        <translation>项目：%1    金额：%2</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55" />
        <source>Dimension</source>
        <translation>评估维度</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55" />
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55" />
        <source>Assessment opinion</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="80" />
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="83" />
        <source>(as the total gives)</source>
        <translation>（按总分确定）</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="85" />
        <source>&amp;Conclusion</source>
        <translation>评估结论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="93" />
        <source>Assessed &amp;by</source>
        <translation>评估方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="96" />
        <source>Assessor's &amp;name</source>
        <translation>评估人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="99" />
        <source>基本情况 → 评估工作开展情况 → 各维度评估情况与总体结论 → 建议</source>
        <translation>基本情况 → 评估工作开展情况 → 各维度评估情况与总体结论 → 建议</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="101" />
        <source>Assessment &amp;report</source>
        <translation>评估报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="118" />
        <source>Ex-ante performance assessment — %1</source>
        <translation>事前绩效评估 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="147" />
        <source>“%1”: the score “%2” is not a number.</source>
        <translation>“%1”：得分“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="150" />
        <source>“%1”: the score must be between 0 and %2.</source>
        <translation>“%1”：得分应在 0 至 %2 之间。</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="162" />
        <source>A total of %1 concludes “%2” under the year's bands, not “%3”.</source>
        <translation>按本年度分档，总分 %1 的结论应为“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="166" />
        <source>The assessment report is still empty.</source>
        <translation>评估报告尚未填写。</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="185" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="189" />
        <source>Under the year's bands (予以支持 ≥ %1, 调整完善后予以支持 ≥ %2, else 不予支持) this total gives: %3</source>
        <translation>按本年度分档（予以支持 ≥ %1，调整完善后予以支持 ≥ %2，其余不予支持），该总分的结论为：%3</translation>
    </message>
</context>
<context>
    <name>jx::AssessmentPage</name>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="11" />
        <source>Edit assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="36" />
        <source>the ex-ante assessment of “%1”</source>
        <translation>“%1”的事前绩效评估</translation>
    </message>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="37" />
        <source>Write or change the ex-ante assessment of the chosen program</source>
        <translation>填写或修改所选项目的事前绩效评估</translation>
    </message>
</context>
<context>
    <name>jx::DecisionDialog</name>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="34" />
        <source>Decision on next year's funding</source>
        <translation>下年度预算安排决定</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="57" />
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="59" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="79" />
        <source>The decision no longer exists.</source>
        <translation>该决定已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="92" />
        <source>not graded</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="93" />
        <source>%1, %2 %3, graded %4. The decision applies to %5.</source>
        <translation>%1，%2年度 %3，评价等级：%4。本决定适用于 %5 年度。</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="120" />
        <source>Increase by:</source>
        <translation>增加金额：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="123" />
        <source>Reduce by:</source>
        <translation>消减金额：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="126" />
        <source>Change:</source>
        <translation>调整金额：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="129" />
        <source>Cancelled:</source>
        <translation>取消金额：</translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="138" />
        <source>amount in the unit chosen</source>
        <translation>按所选单位填写金额</translation>
    </message>
</context>
<context>
    <name>jx::EvaluationEditor</name>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="67" />
        <source>%1: %2    Fiscal year %3    Targets: %4</source>
        <translation>%1：%2    预算年度 %3    绩效目标：%4</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="70" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75" />
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75" />
        <source>Budget at the start of the year</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75" />
        <source>Budget for the year (adjusted)</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76" />
        <source>Executed in the year</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76" />
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76" />
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="83" />
        <source>Total funds of the year</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="96" />
        <source>Reason for execution below %1%</source>
        <translation>执行率低于 %1% 的原因</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="104" />
        <source>Overall objective: e&amp;xpected</source>
        <translation>总体目标：预期目标(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="105" />
        <source>Overall objective: &amp;achieved</source>
        <translation>总体目标：实际完成情况(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108" />
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108" />
        <source>Level 3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108" />
        <source>Operator</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108" />
        <source>Annual target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108" />
        <source>Unit</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109" />
        <source>Actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110" />
        <source>Reason not applicable</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110" />
        <source>Qualitative level</source>
        <translation>定性档次</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110" />
        <source>Points given</source>
        <translation>定性得分</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="111" />
        <source>Causes of deviation and improvement measures</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="111" />
        <source>Why far above target</source>
        <translation>超目标说明</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="112" />
        <source>How the score came about</source>
        <translation>得分说明</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="155" />
        <source>%1: %2–%3% of the weight</source>
        <translation>%1：分值的 %2%–%3%</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="157" />
        <source>Qualitative indicators: %1.</source>
        <translation>定性指标得分范围：%1。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="173" />
        <source>Evaluation &amp;conclusion</source>
        <translation>评价结论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="174" />
        <source>&amp;Problems found</source>
        <translation>存在问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="175" />
        <source>Improvement &amp;measures</source>
        <translation>改进措施(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="176" />
        <source>Program &amp;lead</source>
        <translation>项目负责人(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="177" />
        <source>&amp;Finance lead</source>
        <translation>财务负责人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="206" />
        <source>Agency overall expenditure performance self-evaluation — %1</source>
        <translation>部门整体支出绩效自评表 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="207" />
        <source>Program expenditure performance self-evaluation — %1</source>
        <translation>项目支出绩效自评表 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="314" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="316" />
        <source>%1: an amount cannot be negative.</source>
        <translation>%1：金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="326" />
        <source>“%1”: the actual value “%2” is not a number.</source>
        <translation>“%1”：实际完成值“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="331" />
        <source>“%1”: “%2” is not a qualitative level.</source>
        <translation>“%1”：“%2”不是定性档次。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="335" />
        <source>“%1”: the points “%2” are not a number.</source>
        <translation>“%1”：得分“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="347" />
        <source>The subject has no performance targets for this year.</source>
        <translation>该对象本年度没有绩效目标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="389" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="413" />
        <source>Total: %1</source>
        <translation>总分：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="414" />
        <source>Grade: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/EvaluationEditor.cpp" line="419" />
        <source>Indicator points so far: %1 (%n indicator(s) still without an actual value)</source>
        <translation>
            <numerusform>指标得分合计：%1（尚有 %n 项指标未填实际完成值）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="421" />
        <source>Total: —</source>
        <translation>总分：—</translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="422" />
        <source>Grade: —</source>
        <translation>等级：—</translation>
    </message>
</context>
<context>
    <name>jx::EvaluationPage</name>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="12" />
        <source>Edit self-evaluation</source>
        <translation>编辑自评</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="37" />
        <source>the self-evaluation of “%1”</source>
        <translation>“%1”的绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="38" />
        <source>Write or change the self-evaluation of the chosen subject</source>
        <translation>填写或修改所选对象的绩效自评</translation>
    </message>
</context>
<context>
    <name>jx::ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="43" />
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="45" />
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="47" />
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="49" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="51" />
        <source>Result application</source>
        <translation>结果运用</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="63" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="611" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="613" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="64" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="491" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="765" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="65" />
        <source>%1, %2, division %3</source>
        <translation>%1，%2，区划 %3</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="79" />
        <source>checking the digest and the signature</source>
        <translation>核对摘要和签名</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="81" />
        <source>reading the records in</source>
        <translation>读入记录</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="83" />
        <source>collecting the records</source>
        <translation>收集记录</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="85" />
        <source>writing and signing the file</source>
        <translation>写入并签名文件</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="129" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="139" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="140" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="351" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="141" />
        <source>History</source>
        <translation>交换记录</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="142" />
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="233" />
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="248" />
        <source>%1: cancelling…</source>
        <translation>%1：正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="278" />
        <source>Fiscal year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="292" />
        <source>Stages:</source>
        <translation>业务环节：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="297" />
        <source>Everything in scope</source>
        <translation>范围内全部数据</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="300" />
        <source>Only changes since the last package the recipient acknowledged</source>
        <translation>仅接收方上次确认以来的变更</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="305" />
        <source>Scope:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="311" />
        <source>An agency known here or whose key is registered; or type its id or local code.</source>
        <translation>本库已有的单位或已登记密钥的单位；也可输入单位编号或本地代码。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="312" />
        <source>Recipient:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="315" />
        <source>Export package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="322" />
        <source>The package is signed with this installation's key (its passphrase is asked). Exporting changes nothing here but the package counter.</source>
        <translation>数据包以本单位密钥签名（需输入口令）。导出除数据包序号外不改动本库任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="336" />
        <source>Open package…</source>
        <translation>打开数据包…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="340" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="430" />
        <source>No package chosen.</source>
        <translation>尚未选择数据包。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="355" />
        <source>Save summary…</source>
        <translation>保存导入摘要…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Other agency</source>
        <translation>对方单位</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371" />
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="372" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="405" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="382" />
        <source>This installation's signing key</source>
        <translation>本单位签名密钥</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="390" />
        <source>Generate key…</source>
        <translation>生成密钥…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="393" />
        <source>Export key file…</source>
        <translation>导出密钥文件…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="402" />
        <source>Known keys of other agencies</source>
        <translation>已登记的其他单位密钥</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405" />
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405" />
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405" />
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405" />
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="408" />
        <source>Register key file…</source>
        <translation>登记密钥文件…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="411" />
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="499" />
        <source>%1 (%2, division %3)</source>
        <translation>%1（%2，区划 %3）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="515" />
        <source>Choose the agency the package is for.</source>
        <translation>请选择数据包的接收单位。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="524" />
        <source>Choose at least one stage to export.</source>
        <translation>请至少选择一个要导出的业务环节。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="529" />
        <source>Export package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="529" />
        <source>Jixiao packages (*.jxpkg)</source>
        <translation>绩效数据包 (*.jxpkg)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="532" />
        <source>The package is signed with this installation's key.</source>
        <translation>数据包将以本单位密钥签名。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="536" />
        <source>Exporting the package</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="541" />
        <source>The export was cancelled; no package file was written.</source>
        <translation>导出已取消，未生成数据包文件。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="549" />
        <source>%1 no. %2 for %3 written to %4: %5 records.</source>
        <translation>发往%3的%1（第 %2 号）已写入 %4：共 %5 条记录。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="564" />
        <source>Open package</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="564" />
        <source>Jixiao packages (*.jxpkg);;All files (*)</source>
        <translation>绩效数据包 (*.jxpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="582" />
        <source>Checking the package</source>
        <translation>正在核验数据包</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="596" />
        <source>Package: %1 (%2 bytes)</source>
        <translation>数据包：%1（%2 字节）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="600" />
        <source>(the header below is shown as the file says; it is not verified)</source>
        <translation>（以下包头按文件原样显示，未经验证）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="604" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="609" />
        <source>Kind: %1, format %2</source>
        <translation>类型：%1，格式版本 %2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="610" />
        <source>Sender: %1</source>
        <translation>发送单位：%1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="610" />
        <source>Recipient: %1</source>
        <translation>接收单位：%1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611" />
        <source>Fiscal year: %1; stages: %2</source>
        <translation>预算年度：%1；业务环节：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611" />
        <location filename="../ui/exchange/ExchangePage.cpp" line="613" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="612" />
        <source>Created: %1; sequence no. %2</source>
        <translation>生成时间：%1；序号：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="613" />
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="616" />
        <source>Signer key fingerprint: %1 (compare it with the sender)</source>
        <translation>签名密钥指纹：%1（请与发送方核对）</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="617" />
        <source>Valid: the signature verifies and the signer is a registered key of the sender.</source>
        <translation>有效：签名验证通过，签名密钥为发送单位已登记的密钥。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="618" />
        <source>NOT VALID: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="622" />
        <source>Dry run (nothing written):</source>
        <translation>试导入（不写入任何数据）：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="630" />
        <source>This is a key file: register it on the Keys tab.</source>
        <translation>这是密钥文件：请在“密钥”页登记。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="634" />
        <source>The preview was cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="649" />
        <source>Importing the package</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="654" />
        <source>The import was cancelled; the database was left as it was.</source>
        <translation>导入已取消，数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="661" />
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="665" />
        <source>Import of %1:</source>
        <translation>导入 %1：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="678" />
        <source>Save summary</source>
        <translation>保存导入摘要</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="678" />
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="687" />
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="690" />
        <source>Summary saved to %1.</source>
        <translation>导入摘要已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="715" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="717" />
        <source>acknowledged %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="717" />
        <source>not acknowledged yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="729" />
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="732" />
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 ignored, %6 conflicts</source>
        <translation>%1：新增 %2，更新 %3，未变 %4，忽略 %5，冲突 %6</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="752" />
        <source>Fingerprint %1, made %2. Give its key file to the level above and compare the fingerprint with them by phone.</source>
        <translation>指纹 %1，生成于 %2。请将密钥文件交给上级，并通过电话与上级核对指纹。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="757" />
        <source>No signing key yet: generate one before exporting packages.</source>
        <translation>尚无签名密钥：导出数据包前请先生成。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="767" />
        <source>revoked %1: %2</source>
        <translation>%1 已吊销：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="767" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="781" />
        <source>A new key replaces the current one; the level above must register the new key file. Choose the passphrase that will protect it (at least %1 characters).</source>
        <translation>新密钥将替换当前密钥，上级须重新登记新的密钥文件。请设置保护新密钥的口令（至少 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="783" />
        <source>Choose the passphrase that will protect the new signing key (at least %1 characters). It is not stored anywhere: without it the key cannot sign.</source>
        <translation>请设置保护新签名密钥的口令（至少 %1 个字符）。口令不作任何保存：遗忘后密钥将无法签名。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="793" />
        <source>New signing key, fingerprint %1.</source>
        <translation>已生成新的签名密钥，指纹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="801" />
        <source>Export key file</source>
        <translation>导出密钥文件</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="801" />
        <source>Jixiao key files (*.jxkey)</source>
        <translation>绩效密钥文件 (*.jxkey)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="805" />
        <source>The key file is signed with the key it carries.</source>
        <translation>密钥文件将以其所载密钥签名。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="813" />
        <source>Key file written to %1; fingerprint %2.</source>
        <translation>密钥文件已写入 %1；指纹 %2。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="820" />
        <source>Register key file</source>
        <translation>登记密钥文件</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="820" />
        <source>Jixiao key files (*.jxkey);;All files (*)</source>
        <translation>绩效密钥文件 (*.jxkey);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="833" />
        <source>Registered the key of %1, fingerprint %2: compare it with the sender by phone; revoke it if it differs.</source>
        <translation>已登记%1的密钥，指纹 %2：请通过电话与发送方核对，如不一致请吊销。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="846" />
        <source>Choose the key to revoke in the list.</source>
        <translation>请在列表中选择要吊销的密钥。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="851" />
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="852" />
        <source>Why is key %1 revoked? Packages signed with it are refused from now on.</source>
        <translation>吊销密钥 %1 的原因？此后用它签名的数据包一律拒收。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="860" />
        <source>Key %1 revoked.</source>
        <translation>密钥 %1 已吊销。</translation>
    </message>
</context>
<context>
    <name>jx::GradeDialog</name>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="34" />
        <source>Grade the self-evaluation</source>
        <translation>评定自评等级</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="39" />
        <source>Required when the grade differs from the computed one</source>
        <translation>所定等级与计算等级不一致时必填</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45" />
        <source>Claim</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45" />
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="59" />
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="60" />
        <source>Reason for the grade:</source>
        <translation>定级理由：</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="61" />
        <source>Comment:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="68" />
        <source>Indicators claimed not applicable (不适用) and proposed deductions:</source>
        <translation>申报“不适用”的指标及建议扣分事项：</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="78" />
        <source>The self-evaluation no longer exists.</source>
        <translation>该绩效自评已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="91" />
        <source>%1: scored %2, computed grade %3.</source>
        <translation>%1：自评得分 %2，计算等级 %3。</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="98" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="98" />
        <source>Far above target</source>
        <translation>远超目标值（指标值设定可能偏低）</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="104" />
        <source>Undecided</source>
        <translation>未确定</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="105" />
        <source>Accept: drops out</source>
        <translation>认可：不计分</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="106" />
        <source>Reject: scores 0</source>
        <translation>不认可：计 0 分</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="108" />
        <source>Not deducted</source>
        <translation>不扣分</translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="109" />
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
</context>
<context>
    <name>jx::HomePage</name>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="111" />
        <source>The figures could not be computed: %1</source>
        <translation>统计数据未能生成：%1</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="119" />
        <location filename="../ui/home/HomePage.cpp" line="138" />
        <source>Open a database to see what is due.</source>
        <translation>打开数据库后，这里将显示待办和到期事项。</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="192" />
        <source>Computing the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="195" />
        <source>&lt;h2&gt;%1 · fiscal year %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 · %2年度&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="239" />
        <source>Show the list</source>
        <translation>查看清单</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="282" />
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="286" />
        <source>Submitted to you for review</source>
        <translation>已报送待审核</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="286" />
        <source>Submitted by your units for review</source>
        <translation>所属单位报送待审核</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="299" />
        <source>Returned to you for correction</source>
        <translation>退回待修改</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="315" />
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="327" />
        <source>Monitoring overdue (programs and budgets)</source>
        <translation>运行监控逾期（项目及部门预算）</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="331" />
        <source>Self-evaluation overdue (programs and budgets)</source>
        <translation>绩效自评逾期（项目及部门预算）</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="336" />
        <source>Due within a month</source>
        <translation>一个月内到期</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="352" />
        <source>%1, due %2</source>
        <translation>%1，%2截止</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="367" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="371" />
        <source>Execution behind time progress</source>
        <translation>执行进度滞后于时间进度</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="375" />
        <source>Indicators unlikely to be met</source>
        <translation>指标预计无法完成</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="379" />
        <source>Programs with an order in force</source>
        <translation>处理措施执行中的项目</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="394" />
        <source>Records of fiscal year %1 by stage and status</source>
        <translation>%1年度各环节办理情况</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="400" />
        <source>Programs</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="452" />
        <source>Self-evaluation grades</source>
        <translation>自评等级分布</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="454" />
        <source>Self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="506" />
        <source>Budget execution against time progress</source>
        <translation>预算执行率与时间进度</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="509" />
        <location filename="../ui/home/HomePage.cpp" line="554" />
        <location filename="../ui/home/HomePage.cpp" line="556" />
        <source>Execution</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="511" />
        <source>Time progress</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="531" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="554" />
        <source>Lowest execution by unit</source>
        <translation>执行率最低的单位</translation>
    </message>
</context>
<context>
    <name>jx::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="101" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="190" />
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="201" />
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="222" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="223" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="226" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="229" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="232" />
        <source>&amp;Who acts…</source>
        <translation>切换操作人(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="234" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="236" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="240" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="250" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="254" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="260" />
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="263" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="264" />
        <source>&amp;About Jixiao</source>
        <translation>关于绩效(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="272" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="283" />
        <source>Fiscal year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="286" />
        <source>The fiscal year every page shows</source>
        <translation>各页面显示的预算年度</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="457" />
        <source>%1 could not be opened. %2</source>
        <translation>无法打开 %1。%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="492" />
        <source>No such database</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="493" />
        <source>There is no file %1.

Create a new database there?</source>
        <translation>文件 %1 不存在。

是否在此位置新建数据库？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="496" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="504" />
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="509" />
        <source>%1 is empty (0 bytes), not a Jixiao database; it was left as it is. Open another file, or create a database with File &gt; New.</source>
        <translation>%1 是空文件（0字节），不是绩效管理数据库，未作任何改动。请打开其他文件，或通过“文件 &gt; 新建”创建数据库。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="520" />
        <source>Creating the demo database (one county, 3,000 programs)…</source>
        <translation>正在创建演示数据库（一个县，3,000 个项目）……</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="520" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="522" />
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="550" />
        <source>The demo database was not created (cancelled); nothing was left behind.</source>
        <translation>已取消创建演示数据库，未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="553" />
        <source>The demo database could not be created: %1</source>
        <translation>无法创建演示数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="565" />
        <source>new.jixiao</source>
        <translation>新建数据库.jixiao</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="575" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="576" />
        <source>Jixiao databases (*.jixiao *.db *.sqlite);;All files (*)</source>
        <translation>绩效数据库 (*.jixiao *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="629" />
        <source>%1 cannot act as %2 for %3, which is a %4.</source>
        <translation>%3属于%4，%1不能以%2身份办理业务。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="645" />
        <source>About Jixiao</source>
        <translation>关于绩效</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="646" />
        <source>&lt;h3&gt;Jixiao %1&lt;/h3&gt;&lt;p&gt;Budget performance management: ex-ante assessment, performance targets, monitoring, self-evaluation and the use of results, offline on one PC.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;绩效 %1&lt;/h3&gt;&lt;p&gt;预算绩效管理：事前绩效评估、绩效目标、运行监控、绩效自评与结果运用，单机离线使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="653" />
        <source>Jixiao — Budget performance management</source>
        <translation>绩效 — 预算绩效管理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="656" />
        <source>%1 — %2 — Jixiao</source>
        <translation>%1 — %2 — 绩效</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="658" />
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="667" />
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="687" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="688" />
        <source>Who acts; change it in File &gt; Who acts…</source>
        <translation>当前操作人；可在“文件 &gt; 切换操作人…”中更换</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="689" />
        <source>Fiscal year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="690" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>jx::MessageBanner</name>
    <message>
        <location filename="../ui/common/MessageBanner.cpp" line="20" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>jx::MonitoringEditor</name>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="65" />
        <source>%1: %2    Fiscal year %3</source>
        <translation>%1：%2    预算年度 %3</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="72" />
        <source>January to month %1</source>
        <translation>1 至 %1 月</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="73" />
        <source>&amp;Cumulative to</source>
        <translation>监控截止月份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="80" />
        <source>&amp;Budget (adjusted, yuan)</source>
        <translation>调整后预算数（元）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="81" />
        <source>&amp;Executed to date (yuan)</source>
        <translation>1 至当月累计执行数（元）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="82" />
        <source>&amp;Forecast execution at year end (yuan)</source>
        <translation>预计全年执行数（元）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="85" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88" />
        <source>Level 1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88" />
        <source>Level 3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88" />
        <source>Annual target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89" />
        <source>Completed to date</source>
        <translation>累计完成值</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89" />
        <source>Forecast year-end value</source>
        <translation>预计全年完成值</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89" />
        <source>Likelihood of completion</source>
        <translation>完成可能性</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90" />
        <source>Cause of deviation</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90" />
        <source>Corrective measures</source>
        <translation>纠偏措施</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="112" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="136" />
        <source>Performance monitoring — %1, January to month %2</source>
        <translation>绩效监控表 — %1（1 至 %2 月）</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="233" />
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="245" />
        <source>“%1”: the progress “%2” is not a number.</source>
        <translation>“%1”：累计完成值“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="250" />
        <source>“%1”: the forecast “%2” is not a number.</source>
        <translation>“%1”：预计全年完成值“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="254" />
        <source>“%1”: choose 确定能, 有可能 or 完全不可能.</source>
        <translation>“%1”：请选择确定能、有可能或完全不可能。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="257" />
        <source>“%1”: “%2” is not one of the causes of deviation.</source>
        <translation>“%1”：“%2”不是规定的偏差原因。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="279" />
        <source>“%1” may not be reached: give the cause of the deviation.</source>
        <translation>“%1”可能无法完成：请填写偏差原因。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="282" />
        <source>“%1” may not be reached: give the corrective measures.</source>
        <translation>“%1”可能无法完成：请填写纠偏措施。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="286" />
        <source>The program has no targets for this year to monitor.</source>
        <translation>该项目本年度没有可监控的绩效目标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="297" />
        <source>%1% of the budget executed; time progress %2%</source>
        <translation>预算执行率 %1%；时间进度 %2%</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="298" />
        <source>no budget yet; time progress %1%</source>
        <translation>尚未填写预算数；时间进度 %1%</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="311" />
        <source>● on track</source>
        <translation>● 正常</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="319" />
        <source>● cannot be reached</source>
        <translation>● 无法完成</translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="322" />
        <source>● forecast short</source>
        <translation>● 预计未达标</translation>
    </message>
</context>
<context>
    <name>jx::MonitoringPage</name>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="14" />
        <source>Report monitoring</source>
        <translation>填报监控</translation>
    </message>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="44" />
        <source>the monitoring of “%1”</source>
        <translation>“%1”的绩效监控</translation>
    </message>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="45" />
        <source>Write this month's monitoring report of the chosen subject</source>
        <translation>填报所选对象本月的绩效监控情况</translation>
    </message>
</context>
<context>
    <name>jx::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="33" />
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="86" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="36" />
        <source>six digits, e.g. 653101</source>
        <translation>六位数字，如 653101</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="40" />
        <source>e.g. 喀什市财政局</source>
        <translation>如 喀什市财政局</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="44" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="46" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="55" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="56" />
        <source>Division code:</source>
        <translation>行政区划代码：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="57" />
        <source>Agency name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="58" />
        <source>Agency kind:</source>
        <translation>单位类型：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="87" />
        <source>Jixiao databases (*.jixiao)</source>
        <translation>绩效数据库 (*.jixiao)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="96" />
        <source>unknown code</source>
        <translation>未知代码</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="101" />
        <source>%1 (until %2)</source>
        <translation>%1（使用至 %2 年）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="108" />
        <source>Choose a file for the new database.</source>
        <translation>请为新数据库选择一个文件。</translation>
    </message>
</context>
<context>
    <name>jx::PassphraseDialog</name>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="18" />
        <source>Passphrase of the signing key</source>
        <translation>签名密钥口令</translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="29" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="34" />
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="53" />
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation>口令太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="57" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>jx::PlaceholderPage</name>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="16" />
        <source>Here you will find the ex-ante assessments of new programs and policies, with their scores and conclusions.</source>
        <translation>这里将列出新设项目和政策的事前绩效评估，以及评分和评估结论。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="19" />
        <source>Here you will find the performance targets of each program, with their indicators and where each stands in review.</source>
        <translation>这里将列出各项目的绩效目标、绩效指标及审核进度。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="22" />
        <source>Here you will find the monthly monitoring of budget execution and indicators, with the warnings it raises.</source>
        <translation>这里将列出每月预算执行和绩效目标实现程度的“双监控”情况及预警。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="25" />
        <source>Here you will find the self-evaluations of the year, with their scores and grades.</source>
        <translation>这里将列出本年度的绩效自评及其得分和等级。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="28" />
        <source>Here finance will find the records submitted for review, to approve or return them.</source>
        <translation>财政部门将在这里审核报送的材料，予以通过或退回。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="31" />
        <source>Here you will find how the results are used: the decisions on next year's budget and the orders in force.</source>
        <translation>这里将列出评价结果的运用情况：下年度预算安排意见及正在执行的处理措施。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="34" />
        <source>Exchanging data with other units and levels (sending and receiving packages) will be available here in a coming version. Until then, your data stays in this file.</source>
        <translation>与其他单位和上下级之间交换数据（发送和接收数据包）的功能将在后续版本中提供。在此之前，您的数据保存在本文件中。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="38" />
        <source>Printable reports and tables for submission will be available here in a coming version.</source>
        <translation>可打印的报表和报送用表格将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="44" />
        <source>This page will be available in a coming version.</source>
        <translation>此页面将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>jx::ProgramEditor</name>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="29" />
        <source>The program could not be read: %1</source>
        <translation>无法读取该项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="29" />
        <source>it does not exist</source>
        <translation>项目不存在</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="51" />
        <source>e.g. 1,234,500.00 or 123.45万</source>
        <translation>如 1,234,500.00 或 123.45万</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="56" />
        <source>3, 5 or 7 digits, e.g. 2130314</source>
        <translation>3、5 或 7 位，如 2130314</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="57" />
        <source>New program (else continuing)</source>
        <translation>新增项目（不勾选为延续项目）</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="59" />
        <source>Major policy or project</source>
        <translation>重大政策和项目</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="61" />
        <source>Added in the course of the year</source>
        <translation>年中追加</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="64" />
        <source>Program &amp;name</source>
        <translation>项目名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="65" />
        <source>Program &amp;code</source>
        <translation>项目编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="66" />
        <source>&amp;Fiscal year</source>
        <translation>预算年度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="67" />
        <source>&amp;Budget book</source>
        <translation>预算类别(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="68" />
        <source>Program &amp;kind</source>
        <translation>项目类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="77" />
        <source>Funding tags</source>
        <translation>资金属性</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="84" />
        <source>Budget &amp;amount (yuan)</source>
        <translation>预算金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="87" />
        <source>Function class co&amp;de</source>
        <translation>功能分类科目编码(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="112" />
        <source>Program registration — new program</source>
        <translation>项目登记 — 新项目</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="113" />
        <source>Program registration — %1</source>
        <translation>项目登记 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="129" />
        <source>The program's name is required.</source>
        <translation>项目名称为必填项。</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="135" />
        <source>The budget amount cannot be negative.</source>
        <translation>预算金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="140" />
        <source>A function class code has 3, 5 or 7 digits (类/款/项), e.g. 205 or 2050201.</source>
        <translation>功能分类科目编码为 3、5 或 7 位数字（类/款/项），如 205 或 2050201。</translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="148" />
        <source>= %1 = %2</source>
        <translation>= %1 = %2</translation>
    </message>
</context>
<context>
    <name>jx::ReasonDialog</name>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="55" />
        <source>Order:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="70" />
        <source>in %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="71" />
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="112" />
        <source>Please write the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>jx::RecordEditor</name>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="135" />
        <source>&amp;Restore draft</source>
        <translation>恢复草稿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="137" />
        <source>D&amp;iscard draft</source>
        <translation>放弃草稿(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="158" />
        <source>To put right before submission</source>
        <translation>提交前需改正</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="158" />
        <source>To put right</source>
        <translation>需改正</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="163" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="190" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="192" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="194" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S) Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="196" />
        <source>S&amp;ubmit (Ctrl+Enter)</source>
        <translation>提交(&amp;U) Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="199" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="420" />
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="437" />
        <source>Fill in</source>
        <translation>填入</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="553" />
        <source>Nothing left to put right.</source>
        <translation>没有需要改正的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/RecordEditor.cpp" line="608" />
        <source>Not saved: %n field(s) need correcting (marked in red; what you typed is kept).</source>
        <translation>
            <numerusform>未保存：有 %n 处需要更正（已用红色标出，您填写的内容均已保留）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="624" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="641" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/RecordEditor.cpp" line="654" />
        <source>Saved, but not submitted yet: %n thing(s) to put right (see the list).</source>
        <translation>
            <numerusform>已保存，但尚不能提交：还有 %n 项需要完善（见右侧清单）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="663" />
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="668" />
        <source>Submitted for review.</source>
        <translation>已提交审核。</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="699" />
        <source>New, not saved yet</source>
        <translation>新建，尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="704" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="709" />
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="713" />
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="731" />
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="805" />
        <source>This form was being filled in on %1 and not saved. Restore what was typed?</source>
        <translation>这张表于 %1 填写后未保存。是否恢复当时输入的内容？</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="823" />
        <source>Restore draft</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="824" />
        <source>The draft was restored; save it to keep it.</source>
        <translation>草稿已恢复，请保存。</translation>
    </message>
</context>
<context>
    <name>jx::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="70" />
        <source>Forms of one subject</source>
        <translation>单个对象的表格</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="72" />
        <source>Finance summaries</source>
        <translation>财政汇总表</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="74" />
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="76" />
        <source>Self-evaluation report</source>
        <translation>绩效自评报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="85" />
        <source>Performance self-evaluation report</source>
        <translation>绩效自评报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="86" />
        <source>The narrative report of a self-evaluation (一、基本情况 … 七、改进措施), drafted from the data and edited by the clerk; exported as ODT or PDF.</source>
        <translation>绩效自评的文字报告（一、基本情况……七、改进措施），按数据起草、由填报人修改，可导出为 ODT 或 PDF。</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="113" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="115" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="117" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="119" />
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="170" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="171" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="172" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="173" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="174" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="175" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="176" />
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="177" />
        <source>Edit the self-evaluation report…</source>
        <translation>编辑自评报告…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="192" />
        <source>No reports are available in this version yet; the self-evaluation report can be edited.</source>
        <translation>本版本暂无可出具的报表；可以编辑绩效自评报告。</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="198" />
        <source>Search by name, code or unit</source>
        <translation>按名称、编码或单位搜索</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="215" />
        <source> (month)</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="242" />
        <source>Subject:</source>
        <translation>管理对象：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="243" />
        <source>Agency:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="244" />
        <source>Division:</source>
        <translation>行政区划：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="245" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="246" />
        <source>Amounts in:</source>
        <translation>金额单位：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="251" />
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="485" />
        <source>Choose a report</source>
        <translation>请选择报表</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="486" />
        <source>Pick a report on the left to see its pages.</source>
        <translation>在左侧选择一张报表，即可预览其页面。</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="568" />
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="606" />
        <source>%n page(s); the first %1 are shown.</source>
        <translation>
            <numerusform>共 %n 页，显示前 %1 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="607" />
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="629" />
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="668" />
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="706" />
        <source>Printing “%1”…</source>
        <translation>正在打印“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="707" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="708" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="740" />
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="745" />
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>已将 %n 页发送到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="755" />
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="768" />
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="769" />
        <source>Export cancelled; %1 was not written.</source>
        <translation>已取消导出，未写入 %1。</translation>
    </message>
</context>
<context>
    <name>jx::ResultsModel</name>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="144" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="155" />
        <source>not scored</source>
        <translation>无法评分</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="155" />
        <source>no self-evaluation</source>
        <translation>无自评</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="164" />
        <source>not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="175" />
        <source>The grade that binds the results: finance's once it approved the self-evaluation, else the computed one.</source>
        <translation>结果运用依据的等级：财政审核通过自评后以财政评定等级为准，否则为计算等级。</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="188" />
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="189" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="190" />
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="191" />
        <source>Binding grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="192" />
        <source>Self-evaluation score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="193" />
        <source>Decision for next year</source>
        <translation>下年度决定</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="194" />
        <source>Change (%1)</source>
        <translation>调整额（%1）</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="195" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>jx::ResultsPage</name>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="38" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="62" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="63" />
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="65" />
        <source>&amp;Submit the decision</source>
        <translation>报送决定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="67" />
        <source>&amp;Approve the decision</source>
        <translation>审核通过决定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="86" />
        <source>Programs: %1</source>
        <translation>项目数：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="97" />
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="101" />
        <source>Amounts in:</source>
        <translation>金额单位：</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="176" />
        <source>%1
Not now: %2</source>
        <translation>%1
当前不可操作：%2</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="179" />
        <source>Decide on next year's funding of the program</source>
        <translation>作出该项目下年度预算安排决定</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="183" />
        <location filename="../ui/results/ResultsPage.cpp" line="184" />
        <source>Nothing decided yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="186" />
        <source>Submit the decision for approval</source>
        <translation>报送决定待审核</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="187" />
        <source>Approve the decision (Ctrl+Shift+A)</source>
        <translation>审核通过决定（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="212" />
        <source>Decision saved on %1: %2.</source>
        <translation>已保存对%1的决定：%2。</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="228" />
        <source>The decision on %1 was submitted.</source>
        <translation>对%1的决定已报送。</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="244" />
        <source>The decision on %1 was approved.</source>
        <translation>对%1的决定已审核通过。</translation>
    </message>
</context>
<context>
    <name>jx::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="39" />
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="53" />
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="66" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="67" />
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="69" />
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="71" />
        <source>&amp;Grade…</source>
        <translation>定级(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="73" />
        <source>Approve &amp;selected…</source>
        <translation>批量通过(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="74" />
        <source>Give an &amp;order…</source>
        <translation>下达指令(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="75" />
        <source>&amp;Lift the order…</source>
        <translation>解除指令(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="76" />
        <location filename="../ui/review/ReviewPage.cpp" line="295" />
        <source>Approve the record (Ctrl+Shift+A)</source>
        <translation>审核通过该记录（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="77" />
        <location filename="../ui/review/ReviewPage.cpp" line="296" />
        <source>Return the record with a comment (Ctrl+Shift+R)</source>
        <translation>填写意见后退回该记录（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="96" />
        <source>Waiting for review: %1</source>
        <translation>待审核：%1 条</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="110" />
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="112" />
        <source>Division:</source>
        <translation>行政区划：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="114" />
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="153" />
        <source>All divisions</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="154" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="272" />
        <source>Only a self-evaluation is graded.</source>
        <translation>只有绩效自评需要定级。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="279" />
        <source>No order is in force on this program.</source>
        <translation>该项目没有生效中的财政指令。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="298" />
        <source>%1
Not now: %2</source>
        <translation>%1
当前不可操作：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="332" />
        <source>Approved: %1 of %2.</source>
        <translation>已审核通过：%2的%1。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="343" />
        <source>Return %1</source>
        <translation>退回%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="343" />
        <source>What to change:</source>
        <translation>修改意见：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="345" />
        <source>Returning needs a comment saying what to change.</source>
        <translation>退回须填写修改意见。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="348" />
        <source>Returned: %1 of %2.</source>
        <translation>已退回：%2的%1。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="359" />
        <source>Graded and approved: the self-evaluation of %1.</source>
        <translation>已定级并审核通过：%1的绩效自评。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="381" />
        <source>Records of several kinds are chosen; approve one kind at a time (filter by record).</source>
        <translation>所选记录类型不一，请按记录类型筛选后逐类批量通过。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="386" />
        <source>Approve selected</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="387" />
        <source>Approve %1 records (%2)? Either all of them are approved or, if one cannot be, none.</source>
        <translation>确定审核通过 %1 条记录（%2）吗？要么全部通过；只要有一条不能通过，则全部不通过。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="400" />
        <source>Approved: %1 records.</source>
        <translation>已审核通过 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="411" />
        <source>Order on %1</source>
        <translation>对%1下达指令</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="411" />
        <location filename="../ui/review/ReviewPage.cpp" line="430" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="414" />
        <source>An order needs a reason.</source>
        <translation>下达指令须填写理由。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="422" />
        <source>Order given on %1.</source>
        <translation>已对%1下达指令。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="430" />
        <source>Lift the order</source>
        <translation>解除指令</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="432" />
        <source>Outcome of the rectification:</source>
        <translation>整改结果：</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="433" />
        <source>Lifting an order needs a reason.</source>
        <translation>解除指令须填写理由。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="436" />
        <source>The order was lifted.</source>
        <translation>指令已解除。</translation>
    </message>
</context>
<context>
    <name>jx::ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="99" />
        <source>The queue changed; choose again.</source>
        <translation>待审核清单已有变化，请重新选择。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="121" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="125" />
        <source>%1 (month %2)</source>
        <translation>%1（%2月）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="146" />
        <source>%1 (submitted late)</source>
        <translation>%1（逾期报送）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="147" />
        <source>%1 (passed, waiting)</source>
        <translation>%1（已过截止日，待审核）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="152" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="160" />
        <source>%1
Fiscal year: %2</source>
        <translation>%1
预算年度：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="171" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="172" />
        <source>Subject</source>
        <translation>管理对象</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="173" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="174" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="175" />
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="176" />
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="177" />
        <source>Submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="178" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="179" />
        <source>Score (grade)</source>
        <translation>得分（等级）</translation>
    </message>
</context>
<context>
    <name>jx::SelfEvaluationReportEditor</name>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="42" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="43" />
        <source>Draft again from the data…</source>
        <translation>按数据重新起草…</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="44" />
        <source>Export ODT…</source>
        <translation>导出 ODT…</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="45" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="81" />
        <source>Self-evaluation report: %1 (%2)</source>
        <translation>绩效自评报告：%1（%2年度）</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="135" />
        <source>The self-evaluation has been submitted: its report is read-only.</source>
        <translation>绩效自评已提交，自评报告只读。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="137" />
        <source>Drafted from the data; not saved yet.</source>
        <translation>已按数据起草，尚未保存。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="139" />
        <source>Saved %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="141" />
        <source>There are changes not saved.</source>
        <translation>有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="168" />
        <source>The self-evaluation report was saved.</source>
        <translation>绩效自评报告已保存。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="177" />
        <source>Draft again</source>
        <translation>重新起草</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="178" />
        <source>Draft the report again from the data? The text in the editor, with your edits, is replaced (what is saved stays until you save).</source>
        <translation>按数据重新起草报告吗？编辑器中的正文（包括您的修改）将被替换（已保存的报告在您再次保存前保持不变）。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="194" />
        <source>Drafted again from the data; save to keep it.</source>
        <translation>已按数据重新起草；保存后生效。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="203" />
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="216" />
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="228" />
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="246" />
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="212" />
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="219" />
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="249" />
        <source>The report was written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="255" />
        <source>Export the report as ODT</source>
        <translation>将报告导出为 ODT</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="255" />
        <source>Export the report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="259" />
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="259" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="273" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="274" />
        <source>The report has changes that are not saved. Save them?</source>
        <translation>报告有尚未保存的修改，是否保存？</translation>
    </message>
</context>
<context>
    <name>jx::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="48" />
        <source>Monthly monitoring</source>
        <translation>月度运行监控</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="50" />
        <source>Mid-year check of overall targets</source>
        <translation>部门整体绩效目标年中监控</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="52" />
        <source>Units' self-evaluations</source>
        <translation>单位绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="54" />
        <source>County government budget self-evaluation</source>
        <translation>县级政府预算绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="56" />
        <source>Prefecture government budget self-evaluation</source>
        <translation>地级政府预算绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="58" />
        <source>Annual summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70" />
        <source>Class / category</source>
        <translation>一级 / 二级指标</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="71" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="71" />
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72" />
        <source>Sector</source>
        <translation>适用行业</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="86" />
        <source>As the system (Chinese unless the system is English)</source>
        <translation>跟随系统（系统为英文时显示英文，否则为中文）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="94" />
        <source>The language changes when Jixiao is started again.</source>
        <translation>重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="104" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="107" />
        <source>Amounts in</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="111" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="112" />
        <source>Fiscal year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="116" />
        <source>Indicator framework</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="117" />
        <source>Policy of the year</source>
        <translation>年度规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="118" />
        <source>Indicator library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="119" />
        <source>The framework, the policy and the library are set by the finance department and are shown here for reference.</source>
        <translation>指标体系、年度规则和指标库由财政部门制定，此处仅供查阅。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="126" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="173" />
        <location filename="../ui/settings/SettingsPage.cpp" line="181" />
        <location filename="../ui/settings/SettingsPage.cpp" line="230" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="203" />
        <source>Grade bands (score at least)</source>
        <translation>评价等级（得分不低于）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="207" />
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="210" />
        <source>Self-evaluation weights (of 100)</source>
        <translation>自评分值（满分100）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="211" />
        <source>Budget execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="214" />
        <source>Most points not applicable indicators may take</source>
        <translation>“不适用”指标分值上限</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="216" />
        <source>A reason is needed for execution below (%)</source>
        <translation>执行率低于此值须说明原因（%）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="220" />
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="221" />
        <source>Points per dimension</source>
        <translation>每项评估内容分值</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="222" />
        <location filename="../ui/settings/SettingsPage.cpp" line="224" />
        <source>from %1</source>
        <translation>%1分及以上</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="226" />
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="227" />
        <source>Warn when execution is behind time progress by (points)</source>
        <translation>执行率低于时间进度多少个百分点时预警</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="229" />
        <source>Two-step review (supervising department first)</source>
        <translation>两级审核（先由主管部门审核）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="230" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="232" />
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="236" />
        <source>day %1 of the following month</source>
        <translation>次月%1日前</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="238" />
        <source>%1-%2, fiscal year + %3</source>
        <translation>%1月%2日（预算年度 + %3年）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="264" />
        <source>No indicator library has been loaded for this year.</source>
        <translation>本年度尚未载入指标库。</translation>
    </message>
</context>
<context>
    <name>jx::SubjectListModel</name>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="281" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="285" />
        <source>[%1] %2</source>
        <translation>［%1］%2</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="296" />
        <source>%1
Code: %2
Unit: %3
Fiscal year: %4</source>
        <translation>%1
编码：%2
单位：%3
预算年度：%4</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="297" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="300" />
        <source>Payments held: %1 in force</source>
        <translation>拨款暂停：%1指令在执行</translation>
    </message>
</context>
<context>
    <name>jx::SubjectListPage</name>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="17" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="110" />
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="113" />
        <source>Choose a program or budget in the list first.</source>
        <translation>请先在清单中选择一个项目或预算。</translation>
    </message>
</context>
<context>
    <name>jx::SubjectListView</name>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="94" />
        <source>Assessment: any</source>
        <translation>事前评估：全部</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="95" />
        <source>Targets: any</source>
        <translation>绩效目标：全部</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="96" />
        <source>Monitoring: any</source>
        <translation>运行监控：全部</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="97" />
        <source>Self-evaluation: any</source>
        <translation>绩效自评：全部</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="158" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="195" />
        <source>Export the list as shown (filters, order, columns) to Excel or CSV</source>
        <translation>按当前筛选、排序和列将清单导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="228" />
        <source>Search name, code or unit</source>
        <translation>搜索名称、编码或单位</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="236" />
        <source>Fiscal year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="237" />
        <source>Division (with the divisions under it)</source>
        <translation>行政区划（含下级区划）</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="238" />
        <source>Unit (with its subordinate units)</source>
        <translation>单位（含所属单位）</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="240" />
        <source>Budget book</source>
        <translation>预算类别</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="241" />
        <source>All budget books</source>
        <translation>全部预算类别</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="243" />
        <source>Kind of subject</source>
        <translation>管理对象类型</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="244" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="246" />
        <source>Funding tag</source>
        <translation>资金标识</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="247" />
        <source>All funding tags</source>
        <translation>全部资金标识</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="259" />
        <source>Grade (finance's where approved)</source>
        <translation>等级（审核通过的以财政评定为准）</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="260" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="262" />
        <source>Monitoring warning</source>
        <translation>监控预警</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="263" />
        <source>Warnings: any or none</source>
        <translation>预警：不限</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="264" />
        <source>Any warning</source>
        <translation>有预警</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="265" />
        <source>Execution behind time progress</source>
        <translation>执行进度落后于时间进度</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="266" />
        <source>Indicator out of reach</source>
        <translation>指标完全不可能完成</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="267" />
        <source>Finance order in force</source>
        <translation>在执行的财政指令</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="268" />
        <source>Orders: any or none</source>
        <translation>财政指令：不限</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="271" />
        <location filename="../ui/lists/SubjectListView.cpp" line="405" />
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="273" />
        <source>Only the subjects whose work of this stage is past its deadline and not yet submitted</source>
        <translation>只显示本环节工作已过截止日期、尚未报送的项目和预算</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="290" />
        <source>Unit of amounts</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="302" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="405" />
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="434" />
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="435" />
        <source>All divisions</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="436" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="457" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lists/SubjectListView.cpp" line="602" />
        <source>%n subject(s), amount %1 %2</source>
        <translation>
            <numerusform>共 %n 条，金额合计 %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="610" />
        <source>Export the list</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="614" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="614" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="631" />
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>请选择扩展名为 .xlsx 或 .csv 的文件。</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="644" />
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="647" />
        <source>Exporting the list…</source>
        <translation>正在导出清单…</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="647" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="692" />
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lists/SubjectListView.cpp" line="699" />
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::SubjectView</name>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Executed</source>
        <translation>累计执行数</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Forecast year end</source>
        <translation>预计全年执行数</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <location filename="../ui/record/SubjectView.cpp" line="170" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <location filename="../ui/record/SubjectView.cpp" line="170" />
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <location filename="../ui/record/SubjectView.cpp" line="170" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135" />
        <source>Deviation and measures</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Order</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Given by</source>
        <translation>下达人</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Given</source>
        <translation>下达时间</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Lifted</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140" />
        <source>Outcome</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142" />
        <location filename="../ui/record/SubjectView.cpp" line="668" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142" />
        <source>Paid by</source>
        <translation>拨款人</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142" />
        <source>Paid</source>
        <translation>拨款时间</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="170" />
        <source>Standard</source>
        <translation>评价标准</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="184" />
        <source>Finance orders</source>
        <translation>财政指令</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="186" />
        <source>Payments</source>
        <translation>拨款</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="193" />
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="194" />
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="195" />
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="196" />
        <source>Reviews and history</source>
        <translation>审核与流转记录</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="197" />
        <source>Orders and payments</source>
        <translation>财政指令与拨款</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="198" />
        <source>Result application</source>
        <translation>结果运用</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="209" />
        <source>What you can do now</source>
        <translation>当前可办理的事项</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="278" />
        <source>This subject no longer exists.</source>
        <translation>该管理对象已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="287" />
        <source>%1, fiscal year %2</source>
        <translation>%1，%2 年度</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="291" />
        <location filename="../ui/record/SubjectView.cpp" line="467" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="293" />
        <source>Amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="298" />
        <source>Code %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="299" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="299" />
        <source>continuing</source>
        <translation>延续</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="301" />
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="303" />
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="305" />
        <source>Paid %1</source>
        <translation>已拨付 %1</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="308" />
        <source>&lt;b style='color:#b71c1c'&gt;Order in force: %1&lt;/b&gt;</source>
        <translation>&lt;b style='color:#b71c1c'&gt;生效中的指令：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="323" />
        <source>No performance targets yet.</source>
        <translation>尚无绩效目标。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="327" />
        <source>&lt;b&gt;Annual objective&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;年度总体目标&lt;/b&gt;（%1）：%2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="337" />
        <source>(no class)</source>
        <translation>（未归类）</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="353" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="381" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="397" />
        <source>No self-evaluation yet.</source>
        <translation>尚无绩效自评。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="404" />
        <source>&lt;b&gt;Self-evaluation&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;绩效自评&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="406" />
        <source>Score %1, computed grade %2</source>
        <translation>自评得分 %1，计算等级 %2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="408" />
        <source>&lt;b&gt;Binding grade (finance): %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;财政评定等级：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="420" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="447" />
        <location filename="../ui/record/SubjectView.cpp" line="583" />
        <source>%1 (month %2)</source>
        <translation>%1（%2月）</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="456" />
        <source>Graded %1%2. %3</source>
        <translation>定级为%1%2。%3</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="458" />
        <source> (score %1)</source>
        <translation>（得分 %1）</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="461" />
        <source> Reason for the grade: %1</source>
        <translation> 定级理由：%1</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="464" />
        <source>first review</source>
        <translation>主管部门初审</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="465" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="490" />
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="490" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="513" />
        <source>%1, change %2 (%3). %4</source>
        <translation>%1，调整额 %2（%3）。%4</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="517" />
        <source>&lt;b&gt;Decision on %1&lt;/b&gt;: none yet.</source>
        <translation>&lt;b&gt;%1 年度安排决定&lt;/b&gt;：尚未作出。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="521" />
        <source>&lt;b&gt;Decision on %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1 年度安排决定&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="526" />
        <source>This subject continues no program of the year before.</source>
        <translation>该管理对象不是上年度项目的延续。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="529" />
        <source>&lt;b&gt;The predecessor's decision on %1&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;上年度项目对 %1 年度的决定&lt;/b&gt;：无。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="534" />
        <source>&lt;b&gt;The predecessor's decision on %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;上年度项目对 %1 年度的决定&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="581" />
        <source>This subject</source>
        <translation>本管理对象</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="582" />
        <source>New records</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="621" />
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="649" />
        <source>What to change:</source>
        <translation>修改意见：</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="651" />
        <source>Returning needs a comment saying what to change.</source>
        <translation>退回须填写修改意见。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="666" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="680" />
        <location filename="../ui/record/SubjectView.cpp" line="695" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="683" />
        <source>An order needs a reason.</source>
        <translation>下达指令须填写理由。</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="697" />
        <source>Outcome of the rectification:</source>
        <translation>整改结果：</translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="698" />
        <source>Lifting an order needs a reason.</source>
        <translation>解除指令须填写理由。</translation>
    </message>
</context>
<context>
    <name>jx::TargetsEditor</name>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="81" />
        <source>%1: %2    Fiscal year %3    Amount: %4</source>
        <translation>%1：%2    预算年度 %3    金额：%4</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="95" />
        <source>Annual overall &amp;objective</source>
        <translation>年度总体目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="96" />
        <source>&amp;Medium-term objective</source>
        <translation>中期目标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="100" />
        <source>&amp;Receiving division (code)</source>
        <translation>资金接收地区代码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="105" />
        <source>&amp;Add row</source>
        <translation>增加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="107" />
        <source>Remove ro&amp;w</source>
        <translation>删除当前行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="109" />
        <source>Copy &amp;last year's targets</source>
        <translation>复制上年目标(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="112" />
        <source>This program continues no program of last year.</source>
        <translation>本项目不是上年项目的延续。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="113" />
        <source>The targets of the program this one continues.</source>
        <translation>复制本项目所延续的上年项目的绩效目标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="119" />
        <source>Enter moves to the next cell; Ctrl+V pastes rows copied from Excel.</source>
        <translation>按 Enter 移到下一格；按 Ctrl+V 粘贴从 Excel 复制的多行。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123" />
        <source>Level 1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123" />
        <source>Level 2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123" />
        <source>Level 3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124" />
        <source>Operator</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124" />
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124" />
        <source>Unit</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124" />
        <source>Evaluation standard</source>
        <translation>评价标准</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="125" />
        <source>Content and explanation</source>
        <translation>指标内容及解释</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="186" />
        <source>Agency overall performance targets — %1</source>
        <translation>部门整体绩效目标表 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="187" />
        <source>Performance target declaration — %1</source>
        <translation>绩效目标申报表 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="248" />
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="248" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="252" />
        <source>%1: “%2” is not a level 2 indicator of this year's framework.</source>
        <translation>%1：“%2”不是本年度指标框架中的二级指标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="256" />
        <source>%1: “%2” is not an operator (≥ ＞ ＝ ＜ ≤ or 定性).</source>
        <translation>%1：“%2”不是指标性质（≥ ＞ ＝ ＜ ≤ 或定性）。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="262" />
        <source>%1: the target value “%2” is not a number (choose 定性 for a qualitative target).</source>
        <translation>%1：指标值“%2”不是数字（定性目标请将指标性质选为“定性”）。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="267" />
        <source>%1: the weight “%2” is not a number.</source>
        <translation>%1：分值“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="269" />
        <source>%1: the weight cannot be negative.</source>
        <translation>%1：分值不能为负数。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="272" />
        <source>%1: “%2” is not an evaluation standard.</source>
        <translation>%1：“%2”不是评价标准。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="275" />
        <source>A division code has six digits.</source>
        <translation>行政区划代码为六位数字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="291" />
        <source>The annual overall objective is required.</source>
        <translation>年度总体目标为必填项。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="295" />
        <source>There are no indicators yet.</source>
        <translation>尚未填写绩效指标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="301" />
        <source>Row %1: the level 3 indicator has no name.</source>
        <translation>第 %1 行：三级指标名称未填写。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="303" />
        <source>“%1…”: the name has %2 characters, at most %3.</source>
        <translation>“%1…”：指标名称 %2 个字，最多 %3 个字。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="306" />
        <source>Row %1: choose the level 2 indicator.</source>
        <translation>第 %1 行：请选择二级指标。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="308" />
        <source>Row %1: choose the operator.</source>
        <translation>第 %1 行：请选择指标性质。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="310" />
        <source>“%1”: the unit is required for a quantitative indicator.</source>
        <translation>“%1”：定量指标须填写度量单位。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="312" />
        <source>“%1”: the target value is missing.</source>
        <translation>“%1”：指标值未填写。</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="332" />
        <source>budget execution rate %1 (scored in the self-evaluation)</source>
        <translation>预算执行率 %1（自评时计分）</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="345" />
        <source>Weights by class: %1; indicators in all: %2</source>
        <translation>各类指标分值合计：%1；指标分值共计 %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="359" />
        <source>The program of last year has no targets to copy.</source>
        <translation>上年项目没有可复制的绩效目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/TargetsEditor.cpp" line="381" />
        <source>%n indicator(s) copied from last year's targets; check the values for this year.</source>
        <translation>
            <numerusform>已从上年目标复制 %n 项指标，请核对本年度的指标值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::TargetsPage</name>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="15" />
        <source>New program</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="16" />
        <source>Edit targets</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="41" />
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="44" />
        <source>a new program</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="47" />
        <source>Register a new program (policy, project or special transfer)</source>
        <translation>登记新的政策、项目或对下专项转移支付</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="51" />
        <source>the performance targets of “%1”</source>
        <translation>“%1”的绩效目标</translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="52" />
        <source>Write or change the performance targets of the chosen subject</source>
        <translation>填写或修改所选对象的绩效目标</translation>
    </message>
</context>
<context>
    <name>jx::TemplateExportDialog</name>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="13" />
        <source>Export fill-in template…</source>
        <translation>导出填报模板…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="15" />
        <source>Write an Excel workbook of this stage for the clerks to fill in</source>
        <translation>导出本环节的 Excel 工作簿，供填报人员填写</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="43" />
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="128" />
        <source>Export fill-in template</source>
        <translation>导出填报模板</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="51" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="69" />
        <source> (month)</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="73" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="79" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="80" />
        <source>Agency:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="81" />
        <source>Fiscal year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="82" />
        <source>Monitoring up to:</source>
        <translation>监控截至：</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="83" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="85" />
        <source>The workbook lists the programs with what is recorded now, laid out like the official forms. Clerks fill the white columns in Excel; import it back with “Import from Excel…”.</source>
        <translation>工作簿按正式表样列出各项目及系统中现有的内容。填报人员在 Excel 中填写白色列，填好后用“从 Excel 导入…”导回。</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="129" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="141" />
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="155" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="169" />
        <source>%n program(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个项目写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::TemplateImportDialog</name>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="16" />
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="18" />
        <source>Check a filled-in template and import it, all or nothing</source>
        <translation>检查填好的模板并导入，要么全部导入、要么全不导入</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="30" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="34" />
        <source>Copy problems</source>
        <translation>复制问题清单</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="35" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="38" />
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="102" />
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="40" />
        <source>A filled-in template (.xlsx)</source>
        <translation>填好的模板（.xlsx）</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47" />
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47" />
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47" />
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47" />
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="60" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="73" />
        <source>Choose a template exported from this program and filled in Excel. It is checked first; nothing is written while any problem remains, and then all of it at once.</source>
        <translation>请选择由本系统导出、已在 Excel 中填好的模板。系统先逐行检查；只要还有问题就不写入任何内容，全部无误后一次性导入。</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="103" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="120" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="193" />
        <source>%1, %2</source>
        <translation>%1，%2 年度</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="194" />
        <source>The workbook</source>
        <translation>该工作簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="196" />
        <source>%1: %n problem(s); nothing was imported. Correct them in Excel and check again.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题，未导入任何内容。请在 Excel 中改正后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="202" />
        <source>%1 program(s), %2 row(s): %3 record(s) to create, %4 to update, %5 unchanged.</source>
        <translation>%1 个项目，%2 行：将新建 %3 条记录，更新 %4 条，%5 条不变。</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="209" />
        <source>%1 imported. %2</source>
        <translation>%1已导入。%2</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="211" />
        <source>%1 checked, no problems. %2</source>
        <translation>%1检查完毕，没有问题。%2</translation>
    </message>
</context>
<context>
    <name>jx::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101" />
        <location filename="../core/workspace/Workspace.cpp" line="118" />
        <source>%1 acts for another agency; this database belongs to %2.</source>
        <translation>%1 代表的是其他单位；本数据库属于%2。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="104" />
        <source>Who acts needs a name.</source>
        <translation>操作人员须填写姓名。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="122" />
        <source>%1 cannot act as %2 for %3, which is a %4.</source>
        <translation>%3属于%4，%1不能以%2身份办理业务。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169" />
        <source>%1 belongs to another agency; only that agency continues it.</source>
        <translation>%1属于其他单位，只能由该单位延续。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="187" />
        <source>%1 is not a program and follows no predecessor.</source>
        <translation>%1不是项目，没有上年项目。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="189" />
        <source>%1 cannot be its own predecessor.</source>
        <translation>%1不能以自身作为上年项目。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="195" />
        <source>%1 cannot follow %2, a program of another agency.</source>
        <translation>%1不能延续其他单位的项目%2。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="199" />
        <source>%1 (%2) cannot follow %3 of %4: a predecessor is the program of the year before.</source>
        <translation>%1（%2年度）不能延续%4年度的%3：上年项目必须是前一年度的项目。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>reading the programs that follow %1</source>
        <translation>读取延续%1的项目</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="216" />
        <source>%1 is already continued by “%2”; a program has one successor.</source>
        <translation>%1已由“%2”延续；一个项目只能有一个延续项目。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="245" />
        <source>There is no program with id %1.</source>
        <translation>不存在编号为 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="300" />
        <source>%1 would belong to another agency; %2 writes only its own records.</source>
        <translation>%1将归属其他单位；%2只能填写本单位的记录。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="312" />
        <source>%1 is about a subject that does not exist (id %2).</source>
        <translation>%1所属的管理对象不存在（编号 %2）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="317" />
        <source>%1 belongs to another agency; only that agency writes its %2.</source>
        <translation>%1属于其他单位，只有该单位可以填写其%2。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="329" />
        <location filename="../core/workspace/Workspace.cpp" line="357" />
        <source>%1 cannot be handed to another agency.</source>
        <translation>%1不能转给其他单位。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="351" />
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="372" />
        <source>Indicator “%1” belongs to another agency.</source>
        <translation>指标“%1”属于其他单位。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="404" />
        <source>The self-evaluation report</source>
        <translation>绩效自评报告</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="408" />
        <source>%1 needs a fiscal year.</source>
        <translation>%1需要预算年度。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="433" />
        <source>%1 belongs to another agency.</source>
        <translation>%1属于其他单位。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="454" />
        <source>A decision on a program of %1 applies to %2, not %3.</source>
        <translation>%1 年度项目的结果运用适用于 %2 年度，而不是 %3 年度。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="465" />
        <source>%1 cannot be saved</source>
        <translation>%1无法保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="476" />
        <source>There is no subject with id %1.</source>
        <translation>不存在编号为 %1 的管理对象。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="503" />
        <source>Unknown record kind.</source>
        <translation>未知的记录类型。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="614" />
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation>未导入任何内容，因为无法先为数据库制作备份：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="623" />
        <location filename="../core/workspace/Workspace.cpp" line="636" />
        <source>the programs of %1</source>
        <translation>%1的项目</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="45" />
        <source>Budget performance management</source>
        <translation>预算绩效管理</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36" />
        <source>Language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39" />
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>将窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51" />
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
</context>
</TS>
