<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionAvailability</name>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="21"/>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="24"/>
        <source>Edit the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="26"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="26"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="28"/>
        <source>Submit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="30"/>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="32"/>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="34"/>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="36"/>
        <source>Apply for budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="38"/>
        <source>Arrange budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="40"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="42"/>
        <source>Give an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="44"/>
        <source>Lift the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="46"/>
        <source>Decide on next year&apos;s funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="47"/>
        <source>Edit the decision on next year&apos;s funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="72"/>
        <location filename="../core/workflow/ActionAvailability.cpp" line="87"/>
        <location filename="../core/workflow/ActionAvailability.cpp" line="146"/>
        <source>There is no subject with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="79"/>
        <source>Editing a record needs its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="107"/>
        <source>A workflow step needs a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="173"/>
        <source>Lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ActionAvailability.cpp" line="206"/>
        <source>%1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="15"/>
        <source>Ex-ante Performance Assessment Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="29"/>
        <source>%1: %2 has no ex-ante assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="39"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="45"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="47"/>
        <source>Project unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="49"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="51"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55"/>
        <source>Assessment dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55"/>
        <source>Full score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="55"/>
        <source>Assessment comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="73"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="78"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="82"/>
        <source>Assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="91"/>
        <source>Assessing body (seal): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="92"/>
        <source>Prepared by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/AssessmentReport.cpp" line="93"/>
        <source>Date: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="39"/>
        <source>%1 belongs to %2; only that agency may %3 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="43"/>
        <source>%1 (%2) may not %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="58"/>
        <source>%1 is %2 and cannot be changed until it is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="60"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="70"/>
        <source>%1 has no owner agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="83"/>
        <source>%1 (%2) may not review %3: only a finance department&apos;s reviewer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="103"/>
        <source>%1 is not in the area of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="111"/>
        <source>%1 belongs to %2 (%3): the finance department of that division reviews it; %4 acts through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="144"/>
        <source>%1 (%2) may not review %3 for its competent department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="205"/>
        <source>%1 prepared %2 and cannot also approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="215"/>
        <source>%1 (%2) may not apply for the budget of %3; its unit does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="227"/>
        <source>Only a finance department decides how results are used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Authority.cpp" line="238"/>
        <source>Only the finance department that gave an order lifts it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="75"/>
        <location filename="../core/storage/Backup.cpp" line="98"/>
        <location filename="../core/storage/Backup.cpp" line="126"/>
        <location filename="../core/storage/Backup.cpp" line="130"/>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="91"/>
        <source>Copying %1 failed: the database is in use by another window or process (waited %2 seconds); try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="109"/>
        <source>“%1” already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="119"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="136"/>
        <source>Cannot write “%1”: the copy could not be renamed into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="175"/>
        <source>“%1” cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="216"/>
        <location filename="../core/storage/Backup.cpp" line="239"/>
        <location filename="../core/storage/Backup.cpp" line="247"/>
        <location filename="../core/storage/Backup.cpp" line="252"/>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="224"/>
        <source>Nothing was restored: “%1” cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="244"/>
        <source>Nothing was restored: cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="258"/>
        <source>Nothing was restored: “%1” could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetGates</name>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="27"/>
        <source>reading the budget stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="30"/>
        <source>There is no program with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="45"/>
        <source>changing the budget stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="48"/>
        <source>The program was changed meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="72"/>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="81"/>
        <source>reading the ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="84"/>
        <source>%1 is a major new program: it cannot be submitted for budget without an ex-ante assessment report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="116"/>
        <source>%1 is %2; only a program applied for is arranged a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="129"/>
        <source>reading the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="132"/>
        <source>%1 has no approved performance targets for %2: no targets, no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="138"/>
        <source>%1 was assessed “do not support”: no budget is arranged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/BudgetGates.cpp" line="144"/>
        <source>%1: %2; no budget is arranged until it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="32"/>
        <location filename="../ui/report/ChartImage.cpp" line="38"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="35"/>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="46"/>
        <source>Export the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="50"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="60"/>
        <source>The chart was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ChartImage.cpp" line="65"/>
        <source>Export picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="36"/>
        <source>Option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="42"/>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="67"/>
        <source>“%1” needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="108"/>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="39"/>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="14"/>
        <location filename="../app/cli/verbs/InitVerb.cpp" line="12"/>
        <source>No database given: add --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="31"/>
        <source>Unknown command “%1”; see jixiao-cli help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="36"/>
        <source>Usage: jixiao-cli [--db FILE] [--json] COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="41"/>
        <source>
Books: general-public, government-fund, state-capital, social-insurance.
Kinds: project, policy, special-transfer. Tags: ppp, investment-fund, procurement,
purchased-service, debt. Amounts are typed as 1,234.56 (yuan) or 12.3万.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InitVerb.cpp" line="27"/>
        <source>Unknown agency kind “%1”: use finance or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InitVerb.cpp" line="40"/>
        <source>Created %1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="26"/>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="90"/>
        <source>--year must be a year, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="40"/>
        <source>… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DemoVerb.cpp" line="60"/>
        <source>Created %1: %2 (%3), fiscal year %4; %5 agencies, %6 programs, %7 indicators, %8 monitoring reports, %9 self-evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="29"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="30"/>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/InfoVerb.cpp" line="31"/>
        <source>Agency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="201"/>
        <source>“program” needs a subcommand: add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="57"/>
        <source>Unknown unit “%1”: use yuan or 10k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="16"/>
        <source>“budget” needs a subcommand: apply, arrange or pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="39"/>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="61"/>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="63"/>
        <source>Paid %1 (payment %2); %3 paid in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="79"/>
        <source>The program is now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="20"/>
        <source>last year&apos;s result: %1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="42"/>
        <source>--predecessor: “%1” is not a program id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="63"/>
        <source>--amount: the amount %1 is negative; a program budget cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="72"/>
        <source>Unknown budget book “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="78"/>
        <source>Unknown program kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="85"/>
        <source>Unknown funding tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="129"/>
        <source>Added %1, %2, id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="151"/>
        <source>--limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ProgramVerbs.cpp" line="187"/>
        <source>%1 of %2 programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="22"/>
        <source>Unknown record kind “%1”: use assessment, targets, monitoring, evaluation or application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="55"/>
        <source>A grade or decisions on items apply to one self-evaluation at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BudgetVerb.cpp" line="27"/>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="26"/>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="32"/>
        <source>Unknown role “%1”: use preparer, head, reviewer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="21"/>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="43"/>
        <source>--id: “%1” is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="26"/>
        <source>“assess” needs --program (a new assessment) or --id (an existing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="36"/>
        <source>--scores: “%1” is not a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="40"/>
        <source>--scores needs %1 scores (立项必要性, 投入经济性, 绩效目标合理性, 实施方案可行性, 筹资合规性), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="51"/>
        <source>Unknown conclusion “%1”: use support, support-after-revision or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="60"/>
        <source>Unknown assessor “%1”: use self, finance or third-party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="70"/>
        <source>Cannot read the report “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="97"/>
        <source>There is no ex-ante assessment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/AssessVerb.cpp" line="121"/>
        <source>Ex-ante assessment %1 saved: %2 points, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="47"/>
        <source>Only approve takes several ids at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="101"/>
        <source>--agency: “%1” is not an agency id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/WorkflowVerbs.cpp" line="93"/>
        <source>Done: %1 %2 record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="18"/>
        <source>export writes JSON: add --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="42"/>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="47"/>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="126"/>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="132"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="55"/>
        <source>import needs a file: jixiao-cli --db FILE import DATA.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="60"/>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="25"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="77"/>
        <source>Nothing was imported from “%1”; %2 problem(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="90"/>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="124"/>
        <source>Dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ExchangeVerbs.cpp" line="91"/>
        <source>%1 programs created, %2 updated; %3 indicators, %4 monitoring reports, %5 self-evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="22"/>
        <source>--today must be a date like 2025-05-20, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="60"/>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="61"/>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="71"/>
        <source>%1 of %2 handed in, %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DueVerb.cpp" line="64"/>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="78"/>
        <source>--program: “%1” is not a program id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="15"/>
        <source>Unknown “order” subcommand “%1”: use lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="25"/>
        <source>Unknown order “%1”: use rectify, suspend or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderVerb.cpp" line="42"/>
        <source>%1: order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="20"/>
        <source>Unknown decision “%1”: use increase, keep, reduce or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="26"/>
        <source>--change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/DecideVerb.cpp" line="46"/>
        <source>Result application %1 for %2 saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="88"/>
        <source>Targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="89"/>
        <source>Budget execution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="92"/>
        <source>Total %1, grade %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="95"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="96"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="97"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="99"/>
        <source>For finance: “%1” (%2) not applicable, %3 points out: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="100"/>
        <source>For finance: “%1” (%2) far above target, %3 points to deduct: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreVerb.cpp" line="106"/>
        <source>To put right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="11"/>
        <source>  init --division CODE --agency NAME [--kind finance|unit] [--code CODE]
        create a database for an agency
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="15"/>
        <source>  demo [--scale county|prefecture|region] [--seed N] [--year YEAR] [--region CODE]
        create a database with deterministic synthetic data
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="19"/>
        <source>  info  counts per table and the schema version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="21"/>
        <source>  program add --name NAME --amount AMOUNT [--unit yuan|10k] [--book BOOK] [--kind KIND]
        [--year YEAR] [--function CODE] [--tags TAG,...] [--new] [--major] [--mid-year]
  program add --predecessor ID [--name NAME] [--amount AMOUNT] [OPTIONS]
        next year&apos;s program continuing ID (its decision shows in the list)
  program list [--year YEAR] [--search TEXT] [--limit N]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="28"/>
        <source>  score --program ID
        the self-evaluation score: execution rate, every indicator, total and grade
  score --all [--year YEAR]
        every self-evaluation of a year; refreshes the stored score of drafts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="34"/>
        <source>  submit|approve|return --record KIND --id ID[,ID...] --as NAME --role ROLE
        [--agency ID] [--comment TEXT]
        move a record through its workflow; KIND: assessment, targets, monitoring,
        evaluation, application; ROLE: preparer, head, reviewer, admin
  approve --record evaluation --id ID ... [--grade excellent|good|fair|poor|优|良|中|差]
        [--reason TEXT] [--accept IND,...] [--reject IND,...] [--deduct IND,...]
        finance&apos;s grade (a reason when it differs from the computed one), its decision
        on every 不适用 claim and the far-above deductions it confirms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="57"/>
        <source>  decide --program ID --decision increase|keep|reduce|cancel [--change AMOUNT] --reason TEXT
        a draft result application for next year (submit it with submit --record application)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="61"/>
        <source>  due [--agency ID] [--year YEAR] [--today YYYY-MM-DD]
        work due and overdue under the statutory calendar
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="65"/>
        <source>  order --program ID --kind rectify|suspend|stop --reason TEXT --as NAME [--role ROLE]
        a finance order on a program after monitoring
  order lift --id ORDER --reason TEXT [--outcome TEXT] --as NAME [--role ROLE]
        lift it; lifting an order to rectify records the outcome of the rectification
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="79"/>
        <source>  assess (--program ID | --id ID) [--scores N,N,N,N,N] [--report TEXT | --report-file FILE]
        [--conclusion CODE] [--assessor self|finance|third-party] [--assessor-name NAME]
        create or edit a draft ex-ante assessment (five dimensions; the conclusion follows
        the scores unless given)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="85"/>
        <source>  budget apply|arrange --program ID --as NAME [--role ROLE]
  budget pay --program ID --amount AMOUNT --as NAME [--role ROLE] [--note TEXT]
        apply for a program&apos;s budget (unit), arrange it or pay it out (finance)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="90"/>
        <source>  records --program ID
        every record of a subject with its kind, id, status and year, and its orders
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="94"/>
        <source>  keys generate [--replace] [--passphrase-file FILE]
        this installation&apos;s SM2 signing key, its private key encrypted under a passphrase
        (--passphrase-file, JIXIAO_PASSPHRASE, or asked on the terminal)
  keys export -o FILE     the key file for the level above (self-signed)
  keys register FILE [--fingerprint FP]   a lower level&apos;s key file
  keys list               own keys and known keys
  keys revoke FINGERPRINT --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="103"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="116"/>
        <source>  report NAME -o FILE [--format xlsx|csv|html|pdf] [--year YEAR] [--agency ID|CODE]
        [--division CODE] [--subject ID|CODE] [--month M] [--unit yuan|wan]
        a report as the official form lays it out (merged headers, amounts in 万元)
  report --list           the reports, their titles and what each needs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="71"/>
        <source>  backup [COPY]
        a consistent copy of the database (without COPY: into the rotating set beside it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="44"/>
        <source>  export --json [--year YEAR] [--output FILE]
        programs with targets, monitoring and self-evaluation (docs/json-format.md)
  export template targets|monitoring|self-evaluation [--agency ID|CODE] [--year YEAR]
        [--month M] -o FILE.xlsx
        a fill-in template for Excel (docs/templates.md)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="51"/>
        <source>  import FILE.json [--dry-run]
        the same format, all or nothing; every rejected field with its path
  import FILE.xlsx [--dry-run] [--as NAME --role ROLE]
        a filled-in template, all or nothing; every problem as sheet!Cell: reason
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerbs.cpp" line="75"/>
        <source>  restore BACKUP
        replace the database with a checked backup; the replaced one is kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="14"/>
        <source>backup takes at most one file: jixiao-cli --db FILE backup [COPY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="31"/>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="42"/>
        <source>restore needs one backup file: jixiao-cli --db FILE restore BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="51"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/BackupVerbs.cpp" line="53"/>
        <source>Restored %1 from %2; the database it replaced is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderLiftVerb.cpp" line="16"/>
        <source>--id: “%1” is not an order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/OrderLiftVerb.cpp" line="34"/>
        <source>Order %1 lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="31"/>
        <source>No subject has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="83"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="85"/>
        <source>Last year&apos;s result: %1 %2 (%3), decision %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="101"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="101"/>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/RecordsVerb.cpp" line="104"/>
        <source>%1 record(s), %2 order(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="16"/>
        <source>score takes either --program or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="58"/>
        <source>%1: %2, %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="60"/>
        <source>, stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="63"/>
        <source>%1: cannot be scored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ScoreAllVerb.cpp" line="71"/>
        <source>%1 self-evaluation(s) of %2 scored in %3 ms; %4 stored score(s) refreshed, %5 cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="19"/>
        <source>--%1: “%2” is not an indicator id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="40"/>
        <source>--%1 belongs to approve --record evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="48"/>
        <source>Unknown grade “%1”: use excellent, good, fair, poor (or 优, 良, 中, 差).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="61"/>
        <source>Indicator %1 is both accepted and rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/VerdictOptions.cpp" line="73"/>
        <source>Indicator %1: a deduction applies to a scored indicator, not to one marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="43"/>
        <source>This installation already has signing key %1; a new key replaces it and the level above must register the new key file: add --replace to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="58"/>
        <source>New SM2 signing key of %1, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="60"/>
        <source>Export its key file (keys export -o FILE) and give it to the level above; compare the fingerprint with them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="75"/>
        <source>keys export needs a file: keys export -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="86"/>
        <source>Key file of %1 written to %2; fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="97"/>
        <source>keys register needs a key file: keys register FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="104"/>
        <source>The key in “%1” has fingerprint %2, not %3: it is not the key the sender described; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="116"/>
        <source>Registered key %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="118"/>
        <source>Compare this fingerprint with the sender by phone; if it differs, revoke the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="150"/>
        <source>Own signing keys of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="152"/>
        <source>  none (keys generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="156"/>
        <source>retired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="156"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="159"/>
        <source>Known keys of other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="161"/>
        <source>  none (keys register FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="164"/>
        <source>revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="165"/>
        <source>registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="175"/>
        <source>keys revoke needs a fingerprint: keys revoke FINGERPRINT --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="186"/>
        <source>Key %1 revoked: packages signed with it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/KeysVerb.cpp" line="210"/>
        <source>“keys” needs a subcommand: generate, export, register, list or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="34"/>
        <source>The signing key needs its passphrase: add --passphrase-file FILE or set JIXIAO_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="39"/>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="39"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="64"/>
        <source>package export needs --year YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="72"/>
        <source>package export needs the file to write: -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="74"/>
        <source>Choose --all or --since-ack, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="108"/>
        <source>Wrote %1 package number %2 for %3 to %4: %5 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="140"/>
        <source>package import needs a file: jixiao-cli --db FILE package import PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="204"/>
        <source>Packages sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="210"/>
        <source>%1 to %2, year %3, %4 records, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="214"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="214"/>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="217"/>
        <source>Packages received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="221"/>
        <source>%1 #%2 from %3, year %4: %5; %6 created, %7 updated, %8 unchanged, %9 ignored, %10 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerbs.cpp" line="248"/>
        <source>package needs export, import or history (see jixiao-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="29"/>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="102"/>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="110"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="43"/>
        <source>package verify needs a file: package verify FILE [--db DB]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="58"/>
        <source>registered key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="91"/>
        <source>Package:      %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="95"/>
        <source>(the header below is shown as the file says; it is not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="96"/>
        <source>Format:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="97"/>
        <source>Kind:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="98"/>
        <source>Package ID:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="99"/>
        <source>Sender:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="100"/>
        <source>Recipient:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="101"/>
        <source>Fiscal year:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="102"/>
        <source>Stages:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="104"/>
        <source>Created:      %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="106"/>
        <source>Sequence:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="110"/>
        <source>Records:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="112"/>
        <source>Payload:      %1 bytes, SM3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="116"/>
        <source>Signer key:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="118"/>
        <source>Signer:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="119"/>
        <source>Result:       valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/PackageVerifyVerb.cpp" line="119"/>
        <source>Result:       NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="45"/>
        <source>Cannot read the passphrase file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="50"/>
        <source>The passphrase file “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="55"/>
        <source>Passphrase of the signing key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="58"/>
        <source>A passphrase is needed: give --passphrase-file FILE, set JIXIAO_PASSPHRASE, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="61"/>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/Passphrase.cpp" line="63"/>
        <source>The two passphrases differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="69"/>
        <source>--agency: there is no agency with the id or code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="72"/>
        <source>--agency: %1 agencies have the code “%2”; give the agency&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="92"/>
        <source>--subject: there is no subject with the id or code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="95"/>
        <source>--subject: %1 subjects have the code “%2”; give --year or the subject&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="113"/>
        <source>This jixiao-cli was built without the PDF writer (%1); write --format xlsx, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="129"/>
        <source>“report” needs the name of a report; see jixiao-cli report --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="133"/>
        <source>There is no report named “%1”; see jixiao-cli report --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="141"/>
        <source>“report” needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="150"/>
        <source>--format: give xlsx, csv, html or pdf (the file&apos;s suffix names none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="158"/>
        <source>--format must be xlsx, csv, html or pdf, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="172"/>
        <source>--unit must be yuan or wan, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="178"/>
        <source>--month must be a month from 1 to 12, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="182"/>
        <source>The report “%1” needs --subject ID|CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="184"/>
        <source>The report “%1” needs --month M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/ReportVerb.cpp" line="220"/>
        <source>Wrote %1 (%2 rows, sheets: %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="39"/>
        <source>export template needs a kind: targets, monitoring or self-evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="46"/>
        <source>export template needs a file: -o FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="55"/>
        <source>--month: “%1” is not a month 1–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="81"/>
        <source>%1 template of %2 for %3 with %4 program(s) written to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="122"/>
        <source>Nothing was imported from “%1”; %2 problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verbs/TemplateVerbs.cpp" line="125"/>
        <source>%1 of %2: %3 program(s), %4 row(s); %5 record(s) created, %6 updated, %7 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="118"/>
        <source>counting the programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="126"/>
        <location filename="../core/storage/DashboardQuery.cpp" line="170"/>
        <location filename="../core/storage/DashboardQuery.cpp" line="259"/>
        <location filename="../core/storage/DashboardQuery.cpp" line="274"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="136"/>
        <source>counting the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="153"/>
        <source>counting the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="163"/>
        <source>counting the grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="176"/>
        <source>summing the monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="215"/>
        <source>reading the latest monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DashboardQuery.cpp" line="241"/>
        <source>counting the programs by unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="96"/>
        <source>“%1” was not upgraded, because no backup of it could be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="111"/>
        <source>“%1” is read-only and of an older schema (%2), which Jixiao can only read after upgrading it; copy it to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="166"/>
        <source>“%1” cannot be opened (in the folder “%2”); check that the file and the folder may be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="176"/>
        <source>Cannot open “%1”: the SQLite driver gives no handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="192"/>
        <source>“%1” is open read-only (the file or its folder cannot be written); nothing can be saved. Copy it to a folder of yours and open the copy to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="201"/>
        <source>“%1” was upgraded from schema %2 to %3; the file as it was is kept as “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="232"/>
        <source>reading the reference schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="306"/>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="334"/>
        <location filename="../core/storage/Database.cpp" line="398"/>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="457"/>
        <source>The database “%1” is in use by another window or process (waited %2 seconds while %3); try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="473"/>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="561"/>
        <source>saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="610"/>
        <source>A step of this change failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="87"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="89"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="91"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="93"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="120"/>
        <source>“%1” contains a trigger (“%2”) that Jixiao never creates; the file is refused so that it cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="126"/>
        <source>“%1” contains a view (“%2”) that Jixiao never creates; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="132"/>
        <source>“%1” contains the %2 “%3”, which is not part of a Jixiao database of schema %4; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="144"/>
        <source>The table “%2” of “%1” lacks the column “%3” of a Jixiao database of schema %4; the file was changed by another program and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="153"/>
        <source>The table “%2” of “%1” has a column “%3” that a Jixiao database of schema %4 does not have; the file was changed by another program and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="162"/>
        <source>The %2 “%3” of “%1” differs from that of a Jixiao database of schema %4; the file was changed by another program and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="171"/>
        <source>“%1” lacks the %2 “%3” of a Jixiao database of schema %4; the file is damaged or was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="185"/>
        <source>“%1” is damaged (%2); restore it from a backup (jixiao-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="224"/>
        <source>The database file “%1” does not exist; create it with “init” or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="227"/>
        <source>“%1” is a folder, not a Jixiao database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="230"/>
        <source>The file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="237"/>
        <source>“%1” is empty (0 bytes), not a Jixiao database; create one with “init” or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="242"/>
        <source>“%1” is not a Jixiao database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="244"/>
        <source>it ends inside its header, after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="253"/>
        <source>“%1” is read-only (the file or its folder cannot be written); copy it to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="261"/>
        <location filename="../core/storage/DatabaseFile.cpp" line="270"/>
        <source>“%1” cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="275"/>
        <source>“%1” is an empty SQLite file, not a Jixiao database; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="278"/>
        <source>“%1” is an SQLite file of another application, not a Jixiao database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="282"/>
        <source>“%1” was written by a newer version of Jixiao (schema %2; this version reads up to %3). Please update Jixiao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="290"/>
        <source>“%1” is an unfinished Jixiao database (its creation was interrupted); create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DatabaseFile.cpp" line="327"/>
        <source>%1 rows of table %2 refer to rows that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="127"/>
        <location filename="../core/workflow/DeadlineService.cpp" line="161"/>
        <source>There is no agency with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="215"/>
        <location filename="../core/workflow/DeadlineService.cpp" line="244"/>
        <source>reading what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="111"/>
        <source>Monitoring of month %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="113"/>
        <source>Mid-year check of the overall targets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="115"/>
        <source>Self-evaluation of the programs and overall budgets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="116"/>
        <source>Self-evaluation of the government budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/DeadlineService.cpp" line="286"/>
        <source>Annual summary of budget performance work of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoBuilder.cpp" line="245"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="39"/>
        <source>Unknown scale “%1”: use county, prefecture or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="47"/>
        <source>“%1” is not a region-level division code (such as 650000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="51"/>
        <source>Demo year %1 is out of range (2018–2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="71"/>
        <source>Region %1 has no prefectures in the division list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="88"/>
        <source>“%1” already exists; choose a new file name (an existing database is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="178"/>
        <source>The demo database was built but could not be moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionRepository</name>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="51"/>
        <source>saving division %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="73"/>
        <source>reading division %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DivisionRepository.cpp" line="82"/>
        <source>reading divisions under %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumTable</name>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="389"/>
        <source>%1: the stored value %2 is not a valid %3; the database is damaged or was written by a newer version of Jixiao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="397"/>
        <source>%1: the stored value %2 holds bits that are no %3 (%4); the database is damaged or was written by a newer version of Jixiao.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="37"/>
        <location filename="../core/workflow/EvaluationService.cpp" line="55"/>
        <location filename="../core/workflow/EvaluationService.cpp" line="67"/>
        <source>No program or budget with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="80"/>
        <source>%1 has no performance targets for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/EvaluationService.cpp" line="44"/>
        <source>%1 has no self-evaluation for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="36"/>
        <source>finding the agency “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="54"/>
        <source>No agency known here has the id or code “%1” (neither among the agencies nor the registered keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="64"/>
        <source>Several agencies have the code “%1”; name one by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="93"/>
        <source>A package goes to another agency, not to %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="95"/>
        <source>A package is for one fiscal year; give the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="168"/>
        <source>The package is addressed to another agency (id %1), not to %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="178"/>
        <source>Package %1 was already imported on %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="189"/>
        <source>Package %1 is number %2 of its sender, older than number %3 already imported from it; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="204"/>
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="256"/>
        <source>Name the package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="267"/>
        <source>No temporary folder for the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="318"/>
        <source>“%1” is a key file, not a package of records: register it with “keys register”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLog</name>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="70"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="165"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="191"/>
        <source>reading the packages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="84"/>
        <source>recording the package sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="96"/>
        <source>reading what the recipient acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="108"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="118"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="219"/>
        <source>reading the packages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="145"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="153"/>
        <source>recording the package received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeLog.cpp" line="173"/>
        <location filename="../core/exchange/ExchangeLog.cpp" line="179"/>
        <source>recording the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="55"/>
        <source>(here “%1”, in the package “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="167"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="169"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="171"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="180"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="182"/>
        <source>dry run, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="184"/>
        <source>already imported, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="186"/>
        <source>older than a package already imported, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="188"/>
        <source>refused, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="196"/>
        <source>divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="197"/>
        <source>agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="198"/>
        <source>programs and budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="199"/>
        <source>indicator categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="200"/>
        <source>library indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="201"/>
        <source>target sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="202"/>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="203"/>
        <source>ex-ante assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="204"/>
        <source>monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="205"/>
        <source>self-evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="206"/>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="207"/>
        <source>result applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="208"/>
        <source>workflow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="209"/>
        <source>finance orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="210"/>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="219"/>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="223"/>
        <source>Package %1 from %2, sequence %3, fiscal year %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="230"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts by kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="239"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="249"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="253"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeSummary.cpp" line="256"/>
        <source>Backup made before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceOrderRepository</name>
    <message>
        <location filename="../core/storage/FinanceOrderRepository.cpp" line="8"/>
        <source>An order (%1) needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceOrders</name>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="24"/>
        <source>%1 of %2 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="57"/>
        <source>There is no order with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="59"/>
        <source>The order (%1) was already lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="74"/>
        <source>Lifting an order needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/FinanceOrders.cpp" line="77"/>
        <source>Lifting an order to rectify records the outcome of the rectification; give it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormCells</name>
    <message>
        <location filename="../core/report/FormCells.cpp" line="107"/>
        <source>Unit: %1</source>
        <comment>the money unit of a form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="112"/>
        <source>(Fiscal year %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="117"/>
        <source>Filled in by (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="122"/>
        <source>%1 (%2)</source>
        <comment>a form&apos;s title and what it is of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormCells.cpp" line="140"/>
        <source>%1-%2-%3</source>
        <comment>a date: year, month, day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSubject</name>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="15"/>
        <source>%1: choose the program or budget it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="21"/>
        <source>%1: there is no program or budget with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="30"/>
        <source>%1 is made for a %2; %3 is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/FormSubject.cpp" line="31"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <location filename="../core/storage/Installation.cpp" line="20"/>
        <source>Unknown division code “%1”: use a six-digit GB/T 2260 code such as 650000 or 653101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="25"/>
        <source>Division code %1 (%2) was last used in %3; use its current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="30"/>
        <source>The agency name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="34"/>
        <source>“%1” already exists; choose a new file name (an existing database is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="88"/>
        <source>This database has not been set up for an agency; run “init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="93"/>
        <source>The agency of this database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Installation.cpp" line="106"/>
        <source>counting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInterchange</name>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="177"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="207"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="234"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="489"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="186"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="248"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="499"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="121"/>
        <source>the text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="123"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="127"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="292"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="129"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="162"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="305"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="381"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="135"/>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="150"/>
        <source>is not a field of the format (see docs/json-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="181"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="196"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="211"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="223"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="239"/>
        <source>write amounts as text in yuan, like “1234.56” or “12.3万”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="260"/>
        <source>“%1” is not an id; write it like “b7446171-f90e-4555-965c-7b31336ef988”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="281"/>
        <source>unknown value “%1”; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="327"/>
        <source>must be “jixiao-programs”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="331"/>
        <source>The file is of format version %1; this version of Jixiao reads up to %2. Please update Jixiao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="336"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="338"/>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="341"/>
        <source>must be a year from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="354"/>
        <source>There is no agency with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="411"/>
        <source>“%1” appears twice in the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="442"/>
        <source>the same id appears twice in the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="448"/>
        <source>a deleted indicator has only “id”, “name” and “deleted”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="540"/>
        <source>month %1 appears twice in the monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="562"/>
        <source>“%1” appears twice in this month&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="604"/>
        <source>the amounts add up to more than an amount can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="627"/>
        <source>“%1” appears twice in the self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="76"/>
        <location filename="../core/io/JsonInterchange.cpp" line="237"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="99"/>
        <source>The file has more than %1 programs, the most one import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="122"/>
        <source>the same program id is given in programs[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="188"/>
        <location filename="../core/io/JsonTree.cpp" line="236"/>
        <location filename="../core/io/JsonTree.cpp" line="262"/>
        <source>the key “%1” appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="194"/>
        <location filename="../core/io/JsonTree.cpp" line="222"/>
        <source>an object has more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="454"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="466"/>
        <source>“%1” appears twice in the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="474"/>
        <source>“%1” is not a category of the %2 framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="482"/>
        <source>text (the indicator is qualitative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="492"/>
        <source>a %1 indicator needs a number, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="514"/>
        <source>“%1” is deleted by this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonParser.cpp" line="538"/>
        <source>must be 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="97"/>
        <source>there is no indicator “%1” in this program&apos;s targets to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="121"/>
        <location filename="../core/io/ProgramJsonParser.cpp" line="517"/>
        <source>“%1” is not an indicator of this program&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramImportApplier.cpp" line="36"/>
        <source>belongs to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonExporter.cpp" line="72"/>
        <source>reading the programs to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ProgramJsonExporter.cpp" line="88"/>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonInterchange.cpp" line="186"/>
        <location filename="../core/io/JsonInterchange.cpp" line="192"/>
        <location filename="../core/io/JsonStreamReader.cpp" line="67"/>
        <source>The file is not valid JSON (at byte %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="65"/>
        <source>The file is larger than %1 MiB, the most an import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="75"/>
        <source>the file ends where %1 should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="78"/>
        <location filename="../core/io/JsonTree.cpp" line="161"/>
        <source>found “%1” where %2 should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="84"/>
        <source>Cannot read the file again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="97"/>
        <location filename="../core/io/JsonTree.cpp" line="204"/>
        <location filename="../core/io/JsonTree.cpp" line="290"/>
        <location filename="../core/io/JsonTree.cpp" line="296"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="108"/>
        <source>the value that starts here is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="122"/>
        <location filename="../core/io/JsonTree.cpp" line="313"/>
        <location filename="../core/io/JsonTree.cpp" line="324"/>
        <source>the text that starts here does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="123"/>
        <source>the value that starts here does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="160"/>
        <location filename="../core/io/JsonTree.cpp" line="209"/>
        <source>objects and lists are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="206"/>
        <source>“{”, the start of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="222"/>
        <location filename="../core/io/JsonTree.cpp" line="255"/>
        <source>“,” or “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="229"/>
        <location filename="../core/io/JsonTree.cpp" line="230"/>
        <source>a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="238"/>
        <location filename="../core/io/JsonTree.cpp" line="241"/>
        <source>“:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="280"/>
        <location filename="../core/io/JsonTree.cpp" line="255"/>
        <source>“,” or “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonStreamReader.cpp" line="296"/>
        <source>there is more after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="136"/>
        <source>the end of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="157"/>
        <source>the value ends where %1 should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="223"/>
        <source>a list has more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="319"/>
        <source>a control character (0x%1) inside text; write it as an escape such as \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="330"/>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="336"/>
        <source>a text longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="366"/>
        <source>“\u” must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="372"/>
        <location filename="../core/io/JsonTree.cpp" line="376"/>
        <source>half of a surrogate pair (\u%1) alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="384"/>
        <source>“\%1” is not an escape of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="405"/>
        <source>“%1” is not a number as JSON writes them (like 12, -0.5 or 1e3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/JsonTree.cpp" line="461"/>
        <location filename="../core/io/JsonTree.cpp" line="464"/>
        <source>the number “%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="26"/>
        <source>Cannot write key file “%1”: the key that would sign it is not the key it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="29"/>
        <source>Cannot write key file “%1”: it names no agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="41"/>
        <source>Cannot write key file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="63"/>
        <source>“%1” is a %2, not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="68"/>
        <source>Cannot read key file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="78"/>
        <source>Key file “%1” is not valid: its content is not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="84"/>
        <source>Key file “%1” is not valid: it was signed by another key than the one it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyFile.cpp" line="88"/>
        <source>Key file “%1” is not valid: the fingerprint written in it is not its key&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRegistry</name>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="55"/>
        <source>reading the registry of known keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="69"/>
        <source>“%1” is not a key fingerprint: it has 32 hexadecimal digits, in 8 groups of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="72"/>
        <source>reading the known key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="90"/>
        <source>Key %1 belongs to this installation&apos;s own agency (%2): its own key is not registered as a known key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="99"/>
        <source>Key %1 of %2 is already registered, and was revoked on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="101"/>
        <source>Key %1 of %2 is already registered (on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="116"/>
        <source>registering key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="134"/>
        <source>Revoking a key needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="139"/>
        <source>No known key has the fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="143"/>
        <source>Key %1 of %2 was already revoked on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="149"/>
        <source>revoking key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="165"/>
        <source>Package “%1” is signed by an unknown key (%2), not registered here: register the key file of %3 first, after comparing its fingerprint with the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="172"/>
        <source>Package “%1” is signed by key %2 of %3, which was revoked on %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyRegistry.cpp" line="177"/>
        <source>Package “%1” names %2 as its sender but is signed by key %3 of another agency, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="37"/>
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="58"/>
        <source>retiring the current signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="66"/>
        <source>storing the new signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="76"/>
        <source>reading the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="102"/>
        <location filename="../core/exchange/KeyStore.cpp" line="121"/>
        <source>This installation has no signing key yet: generate one first (keys generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/KeyStore.cpp" line="109"/>
        <source>The stored signing key is damaged: its private key does not belong to its public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>Jixiao</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/Money.cpp" line="76"/>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="117"/>
        <location filename="../core/domain/Money.cpp" line="121"/>
        <source>“%1” is not an amount; write it like 1,234.56 or 12.3万.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="125"/>
        <source>“%1” is more precise than one fen (0.01 元); round it before entering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="140"/>
        <source>“%1” is too large to be an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="165"/>
        <source>10k yuan</source>
        <comment>万元</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="165"/>
        <source>yuan</source>
        <comment>元</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="172"/>
        <source>The amounts add up to more than an amount can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="208"/>
        <source>An amount cannot be divided by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Money.cpp" line="225"/>
        <source>The amount is too large to be multiplied by %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringAnalyzer</name>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="19"/>
        <source>Month %1: budget execution %2% is more than %3 points behind time progress %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="35"/>
        <source>Indicator “%1” cannot be reached this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/MonitoringAnalyzer.cpp" line="46"/>
        <source>Indicator “%1”: the year-end forecast %2 misses the target %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="24"/>
        <source>Execution behind time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="25"/>
        <source>Cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="26"/>
        <source>Forecast misses the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="35"/>
        <source>Project Expenditure Performance Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="40"/>
        <source>Agency Overall Expenditure Performance Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="63"/>
        <source>%1: month %2 is not a month of the year (1–12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="78"/>
        <source>%1: %2 has no monitoring report for %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="79"/>
        <source>%1: %2 has no monitoring report for month %3 of %4 (it has months %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="83"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="90"/>
        <source>%1: %2 has no performance targets for %3 to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="106"/>
        <source>Agency monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="106"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="108"/>
        <source>(Fiscal year %1, January to month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="116"/>
        <source>Agency (unit) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="120"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="123"/>
        <source>Competent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="125"/>
        <source>Implementing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="130"/>
        <source>Annual budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="130"/>
        <source>Project funds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="132"/>
        <source>Budget at the start of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="133"/>
        <source>Adjusted budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="134"/>
        <source>Executed, January to month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="135"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="136"/>
        <source>Time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="137"/>
        <source>Forecast execution for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="138"/>
        <location filename="../core/report/MonitoringForm.cpp" line="167"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="148"/>
        <source>; </source>
        <comment>warnings separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="158"/>
        <source>Annual overall objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="163"/>
        <source>Performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164"/>
        <source>Level-1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164"/>
        <source>Level-2 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="164"/>
        <source>Level-3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165"/>
        <source>Annual target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="165"/>
        <source>Actual, January to month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166"/>
        <source>Forecast for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166"/>
        <source>Likelihood of reaching the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="166"/>
        <source>Cause of deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="167"/>
        <source>Corrective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="191"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="194"/>
        <source>Unit head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="195"/>
        <source>Prepared by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="195"/>
        <source>Telephone: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/MonitoringForm.cpp" line="196"/>
        <source>Date filled in: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="28"/>
        <source>General public budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="29"/>
        <source>Government fund budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="30"/>
        <source>State capital operation budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="31"/>
        <source>Social insurance fund budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="36"/>
        <location filename="../core/domain/EnumTable.cpp" line="121"/>
        <source>Government budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="37"/>
        <source>Agency overall budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="38"/>
        <source>Policy or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="45"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="44"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="46"/>
        <source>Special transfer payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="52"/>
        <source>PPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="53"/>
        <source>Government investment fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="54"/>
        <source>Government procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="55"/>
        <source>Government-purchased service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="56"/>
        <source>Government debt project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="62"/>
        <location filename="../core/domain/EnumTable.cpp" line="136"/>
        <source>Finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="63"/>
        <source>Budget unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="68"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="69"/>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="70"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="75"/>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="76"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="77"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="78"/>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="91"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="92"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="93"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="94"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="105"/>
        <source>Qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="110"/>
        <source>Plan standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="111"/>
        <source>Industry standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="112"/>
        <source>Historical standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="113"/>
        <source>Other standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="118"/>
        <source>Program targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="119"/>
        <source>Agency overall targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="120"/>
        <source>Finance-led evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="126"/>
        <source>Necessity of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="127"/>
        <source>Economy of inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="128"/>
        <source>Reasonableness of performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="129"/>
        <source>Feasibility of the implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="130"/>
        <source>Compliance of financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="135"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="137"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="142"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="143"/>
        <source>Support after revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="144"/>
        <source>Do not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="149"/>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="150"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="151"/>
        <source>Impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="156"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="157"/>
        <source>Rules and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="158"/>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="159"/>
        <source>Facilities and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="160"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="172"/>
        <source>Fiscal appropriation of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="173"/>
        <source>Carry-over from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="174"/>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="165"/>
        <source>Target achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="166"/>
        <source>Partly achieved with some effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="167"/>
        <source>Not achieved, poor effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="218"/>
        <source>Unit preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="219"/>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="220"/>
        <source>Finance reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="221"/>
        <source>Finance administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="203"/>
        <source>Not applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="204"/>
        <source>Applied for budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="205"/>
        <source>Budget arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="210"/>
        <source>Rectification ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="211"/>
        <source>Funding suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="212"/>
        <source>Funding stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="179"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="180"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="186"/>
        <source>Ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="187"/>
        <source>Performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="188"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="189"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="190"/>
        <source>Result application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="195"/>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="196"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="197"/>
        <source>Reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/EnumTable.cpp" line="198"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageHeader</name>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="31"/>
        <source>The header of package “%1” is not valid: field “%2” is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="88"/>
        <source>submission package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="90"/>
        <source>return package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="92"/>
        <source>key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageHeader.cpp" line="125"/>
        <source>The header of package “%1” is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="92"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="96"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="210"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="276"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="311"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="364"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="388"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="409"/>
        <source>importing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="104"/>
        <source>The package&apos;s records do not agree with its signed header (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="107"/>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="109"/>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="111"/>
        <source>fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="115"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="118"/>
        <source>The package is addressed to another agency (id %1), not to %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="135"/>
        <source>checking the package&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="139"/>
        <source>The package was refused: record %1 of %2, field %3, holds a value of the wrong type; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="155"/>
        <source>reading the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="158"/>
        <source>The package does not describe its sender (id %1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="265"/>
        <source>The package was refused: it holds a record of %1 twice; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="419"/>
        <source>the same revision differs here and in the package; nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="423"/>
        <source>its owner is neither the sender nor an agency under the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="426"/>
        <source>a record of this agency is changed only here; the package&apos;s copy differs beyond its workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="430"/>
        <source>the copy here belongs to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="433"/>
        <source>it is said to belong to this agency, which has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="436"/>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="468"/>
        <source>their rows differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="501"/>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="524"/>
        <source>The package was refused: record %1 of %2%3 breaks a rule of the database (%4); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="525"/>
        <source>, field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="535"/>
        <source>A package is not imported inside another transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageImporter.cpp" line="618"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exchange.cpp" line="198"/>
        <location filename="../core/exchange/PackageImporter.cpp" line="577"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePayload</name>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="105"/>
        <source>reading the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="114"/>
        <source>The database has no table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="116"/>
        <source>reading the references of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="164"/>
        <source>The package&apos;s records are not in the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="171"/>
        <source>it is not an SQLite database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="173"/>
        <source>it is not a Jixiao payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="180"/>
        <source>The package&apos;s records are in payload format %1; this version of Jixiao reads up to %2. Update Jixiao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="185"/>
        <source>payload format %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="192"/>
        <source>the file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="213"/>
        <source>it holds %1 “%2”, which a payload never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="215"/>
        <source>table “%1” is not defined as this version of Jixiao defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="220"/>
        <source>table “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackagePayload.cpp" line="226"/>
        <source>table “%1” has hidden columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="65"/>
        <source>Package “%1” is truncated: it has %2 bytes, but its %3 needs at least %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="72"/>
        <source>Reading package “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="88"/>
        <location filename="../core/exchange/PackageReader.cpp" line="101"/>
        <location filename="../core/exchange/PackageReader.cpp" line="231"/>
        <source>Cannot read package “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="99"/>
        <source>Package “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="105"/>
        <source>“%1” is empty (0 bytes): it is not a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="110"/>
        <source>“%1” is not a Jixiao package: it does not begin with “JXPKG”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="113"/>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="122"/>
        <source>Package “%1” has format version %2, newer than this version of Jixiao reads (%3.x). Update Jixiao to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="129"/>
        <source>Package “%1” has format version %2, which no version of Jixiao ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="133"/>
        <source>header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="139"/>
        <source>Package “%1” claims a header of %2 bytes, more than the %3 bytes a header may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="145"/>
        <source>Package “%1” has an empty header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="148"/>
        <location filename="../core/exchange/PackageReader.cpp" line="212"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="150"/>
        <source>payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="155"/>
        <source>Package “%1” claims a payload of %2 bytes, more than the %3 bytes a package may carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="162"/>
        <source>Package “%1” claims a payload of %2 bytes, but the file holds only %3 bytes after its header: it is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="170"/>
        <location filename="../core/exchange/PackageReader.cpp" line="179"/>
        <source>signer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="176"/>
        <source>Package “%1” has a signer key of %2 bytes, which is no SM2 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="185"/>
        <source>digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="190"/>
        <location filename="../core/exchange/PackageReader.cpp" line="201"/>
        <location filename="../core/exchange/PackageReader.cpp" line="208"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="195"/>
        <source>Package “%1” has a signature of %2 bytes, which is no SM2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="203"/>
        <source>Package “%1” has %2 bytes after its signature: it is damaged or not a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="238"/>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="257"/>
        <source>Package “%1” is damaged: its SM3 digest does not match its content (changed after it was signed, or corrupted on the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="262"/>
        <source>Package “%1”: the signer key embedded in it is not an SM2 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="265"/>
        <source>Package “%1” is not authentic: its SM2 signature does not verify with the signer key embedded in it (changed or forged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="284"/>
        <source>Package “%1” is inconsistent: its header says format %2, its framing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="288"/>
        <source>Package “%1” is inconsistent: its header describes another payload (%2 bytes) than the one it carries (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="247"/>
        <location filename="../core/exchange/PackageReader.cpp" line="272"/>
        <location filename="../core/exchange/PackageReader.cpp" line="302"/>
        <source>Cannot extract the payload of package “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="42"/>
        <source>Cannot write package “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="45"/>
        <source>Writing package “%1” was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="50"/>
        <source>cannot read the payload “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="60"/>
        <location filename="../core/exchange/PackageWriter.cpp" line="102"/>
        <source>the payload “%1” could not be read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="76"/>
        <source>its header would be %1 bytes, more than readers accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="80"/>
        <source>the signing key has no public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="114"/>
        <source>the payload “%1” changed while it was being written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="72"/>
        <location filename="../core/exchange/PayloadWriter.cpp" line="76"/>
        <source>writing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="98"/>
        <source>A package is not written inside another transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="102"/>
        <source>Unknown stage “%1”; the stages are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="106"/>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="145"/>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="177"/>
        <source>reading the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="180"/>
        <source>The recipient (id %1) is not an agency known here; a return goes to an agency that sent a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="316"/>
        <source>reading the changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="374"/>
        <source>The references of the records do not end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/PayloadWriter.cpp" line="412"/>
        <source>counting the records of the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="37"/>
        <source>%1: the next payment is held until the order is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="81"/>
        <source>A payment of %1 must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="53"/>
        <source>%1 is %2; only an arranged budget is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="59"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="65"/>
        <source>%1: its budget of %2 is paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/Payments.cpp" line="88"/>
        <source>%1: paying %2 would exceed its budget of %3 (%4 paid already).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="18"/>
        <source>reading the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="36"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="42"/>
        <source>%1 is already listed with this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="48"/>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PersonRepository.cpp" line="60"/>
        <source>local user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="25"/>
        <source>saving the policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="45"/>
        <source>reading the policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="49"/>
        <source>No policy is defined for %1 in region %2; a finance administrator must set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyRepository.cpp" line="51"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../core/domain/Problem.cpp" line="27"/>
        <source>%1 — %2</source>
        <comment>record — path: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Problem.cpp" line="36"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Problem.cpp" line="41"/>
        <source>%1: %2</source>
        <comment>heading: problems</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramListing</name>
    <message>
        <location filename="../core/storage/ProgramListing.cpp" line="43"/>
        <source>counting programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ProgramListing.cpp" line="73"/>
        <source>listing programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLifecycle</name>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="40"/>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="44"/>
        <source>%1 is already %2; only a draft or a returned record is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="51"/>
        <source>%1 cannot be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="82"/>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="188"/>
        <source>The self-evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="100"/>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="120"/>
        <source>Only a self-evaluation is graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="142"/>
        <source>%1 is %2; only a submitted record is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="151"/>
        <source>Only the finance department grades %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="154"/>
        <source>%1 was already reviewed by its competent department; the finance department reviews it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="164"/>
        <source>%1 is first reviewed by the competent department of %2; the finance department approves it after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="201"/>
        <source>%1: indicator %2 has no 不适用 claim or far-above deduction to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="212"/>
        <source>%1: accept or reject the indicators marked not applicable first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="213"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="217"/>
        <source>%1 scores %2, graded %3: grading it %4 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="237"/>
        <source>%1 is %2; the competent department returns only a submitted record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="242"/>
        <source>%1 is %2; only a submitted or approved record is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="256"/>
        <source>Returning %1 needs a comment saying what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="268"/>
        <source>Nothing was approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLifecycle.cpp" line="295"/>
        <source>%1 was changed meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLookup</name>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="44"/>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="47"/>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="65"/>
        <location filename="../core/workflow/RecordLookup.cpp" line="116"/>
        <source>%1 has no owner agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="77"/>
        <source>There is no program with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/RecordLookup.cpp" line="98"/>
        <source>reading the records of the subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="86"/>
        <source>changing the status in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="102"/>
        <location filename="../core/storage/RecordStore.cpp" line="178"/>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="120"/>
        <source>reading the changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="163"/>
        <location filename="../core/storage/RecordStore.cpp" line="196"/>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="168"/>
        <source>%1 already exists (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="204"/>
        <source>%1 is %2 and cannot be changed until it is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="205"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="205"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="209"/>
        <source>%1: the status changes only by submitting, approving or returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="215"/>
        <source>%1 was changed or removed since it was read (revision %2); reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="249"/>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="255"/>
        <source>%1 is submitted or approved and cannot be deleted until it is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="257"/>
        <source>%1 does not exist or was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="275"/>
        <source>Cannot save %1: its %2 “%3” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="279"/>
        <source>Cannot save %1: it refers to a record that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="18"/>
        <source>The performance targets of a program or policy as declared with its budget: funds, objectives and the indicator grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="22"/>
        <source>The performance targets of an agency&apos;s overall budget: annual budget, objective and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="25"/>
        <source>The ex-ante performance assessment of a new major program: dimension scores, conclusion and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="29"/>
        <source>Budget execution and indicator progress of a program up to a month, with the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="32"/>
        <source>Budget execution and indicator progress of an agency&apos;s overall budget up to a month (the mid-year check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="36"/>
        <source>The year-end self-evaluation of a program: funds, objectives, indicator actuals and scores, total and grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="41"/>
        <source>The year-end self-evaluation of an agency&apos;s overall budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="44"/>
        <source>The self-evaluation of a government revenue and expenditure budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCatalog.cpp" line="98"/>
        <source>There is no report named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDisclosure</name>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="65"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="71"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="71"/>
        <source>Performance targets of programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73"/>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73"/>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73"/>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73"/>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <location filename="../core/report/ReportDisclosure.cpp" line="228"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="73"/>
        <source>Annual objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74"/>
        <source>Level-1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74"/>
        <source>Level-2 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="74"/>
        <source>Level-3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="75"/>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="177"/>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="177"/>
        <source>Performance evaluation results of programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="179"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="180"/>
        <source>Main problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="180"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="225"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="225"/>
        <source>Statement on budget performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="226"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="227"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="240"/>
        <source>1. Programs under budget performance management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="241"/>
        <source>2. Programs whose performance targets were approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="242"/>
        <source>3. Programs whose self-evaluation finance approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="244"/>
        <source>    of which graded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="245"/>
        <source>The tables that follow list the approved performance targets and the evaluation results approved by finance, program by program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/report/ReportPdf.cpp" line="17"/>
        <location filename="../ui/report/ReportPdf.cpp" line="31"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="131"/>
        <source>The pages could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="133"/>
        <source>A new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="142"/>
        <source>The pages could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="169"/>
        <source>There is not enough memory for a page image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="461"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="462"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="466"/>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="768"/>
        <source>The report “%1” has nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRenderer.cpp" line="837"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="21"/>
        <source>There is no division with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="34"/>
        <source>There is no agency with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="64"/>
        <source>The database holds no programs to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="115"/>
        <source>Division: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportScope.cpp" line="115"/>
        <source>Reporting unit (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="54"/>
        <location filename="../core/report/ReportSummaries.cpp" line="131"/>
        <source>(Fiscal year %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportDisclosure.cpp" line="56"/>
        <location filename="../core/report/ReportSummaries.cpp" line="133"/>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="55"/>
        <source>Head of unit:                Prepared by:                Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="62"/>
        <location filename="../core/report/ReportSummaries.cpp" line="142"/>
        <source>Summary of self-evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="63"/>
        <source>Per unit: programs, self-evaluations and how many were graded excellent, good, fair and poor, with the average score and a total row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="66"/>
        <location filename="../core/report/ReportSummaries.cpp" line="263"/>
        <source>Budget execution progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="67"/>
        <source>Month by month: budget, executed, execution rate against time progress and the programs behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="69"/>
        <location filename="../core/report/ReportSummaries.cpp" line="327"/>
        <source>Performance monitoring warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="70"/>
        <source>Programs whose execution is behind time progress, with an indicator that cannot be reached, or under a finance order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="73"/>
        <location filename="../core/report/ReportSummaries.cpp" line="386"/>
        <source>Applications of evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="74"/>
        <source>Every evaluated program with its grade and the decision on its next year&apos;s funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="75"/>
        <source>Performance information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="76"/>
        <source>The approved performance targets and the evaluation results approved by finance, as published with the budget and the final accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="104"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="142"/>
        <source>Self-evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="144"/>
        <location filename="../core/report/ReportSummaries.cpp" line="328"/>
        <location filename="../core/report/ReportSummaries.cpp" line="387"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="145"/>
        <location filename="../core/report/ReportSummaries.cpp" line="328"/>
        <location filename="../core/report/ReportSummaries.cpp" line="387"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="146"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="147"/>
        <source>Self-evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="148"/>
        <source>Grades (programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="149"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="208"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="236"/>
        <location filename="../core/report/ReportSummaries.cpp" line="240"/>
        <source>reading the monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="263"/>
        <source>Execution progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264"/>
        <source>Programs reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264"/>
        <location filename="../core/report/ReportSummaries.cpp" line="328"/>
        <location filename="../core/report/ReportSummaries.cpp" line="387"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="264"/>
        <location filename="../core/report/ReportSummaries.cpp" line="329"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265"/>
        <location filename="../core/report/ReportSummaries.cpp" line="329"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265"/>
        <location filename="../core/report/ReportSummaries.cpp" line="329"/>
        <source>Time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="265"/>
        <source>Deviation (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="266"/>
        <source>Programs behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="266"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="274"/>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="297"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="297"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="299"/>
        <source>Note: the execution rate is executed / budget of the month&apos;s reports (cumulative); a month is behind when it lags time progress by more than %1 points (the year&apos;s policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="311"/>
        <source>Execution behind time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="313"/>
        <source>An indicator cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="327"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="328"/>
        <location filename="../core/report/ReportSummaries.cpp" line="387"/>
        <source>Program code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="328"/>
        <location filename="../core/report/ReportSummaries.cpp" line="387"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="329"/>
        <source>Month reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="330"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="330"/>
        <source>Finance order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="386"/>
        <source>Result applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="388"/>
        <source>Decision for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389"/>
        <source>Change of funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389"/>
        <source>Decision status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummaries.cpp" line="389"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../core/io/ReportHtmlWriter.cpp" line="77"/>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter.cpp" line="71"/>
        <source>The report has nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter.cpp" line="80"/>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="53"/>
        <source>The report was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="59"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportWriter_p.h" line="60"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportXlsxWriter.cpp" line="73"/>
        <source>the folder %1 does not exist or cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ReportXlsxWriter.cpp" line="247"/>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultApplicationRules</name>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="26"/>
        <source>funding that is kept does not change: the change must be 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="31"/>
        <source>a reduction must lower the funding: the change must be below 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="34"/>
        <source>a reduction of %1 is more than the whole amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="41"/>
        <source>a cancellation removes the whole amount: the change must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="48"/>
        <source>an increase must raise the funding: the change must be above 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="75"/>
        <source>reading the decisions of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="82"/>
        <source>there is already a decision (%1) on this subject for %2; change or delete it instead of adding another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/ResultApplicationRules.cpp" line="103"/>
        <source>the program was graded 差 (poor): it must be reduced or cancelled, not kept or increased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../core/workflow/ReviewQueue.cpp" line="99"/>
        <location filename="../core/workflow/ReviewQueue.cpp" line="145"/>
        <location filename="../core/workflow/ReviewQueue.cpp" line="173"/>
        <location filename="../core/workflow/ReviewQueue.cpp" line="216"/>
        <source>reading the review queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedData</name>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="29"/>
        <source>The seed file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="41"/>
        <source>The seed file %1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="72"/>
        <source>seed file %1, line %2, rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="124"/>
        <source>The division list is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="155"/>
        <source>Seed framework: unknown kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SeedData.cpp" line="221"/>
        <source>The seed data can only be loaded into a database of schema %1; this one is at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfEvaluationForm</name>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="22"/>
        <source>Agency Overall Expenditure Performance Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="23"/>
        <source>Government Budget Performance Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="26"/>
        <source>Project Expenditure Performance Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="41"/>
        <source>%1: %2 has no self-evaluation for %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="49"/>
        <source>%1: %2 has no performance targets for %3 to evaluate against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="97"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="98"/>
        <source>Agency self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="99"/>
        <source>Government self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="110"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="113"/>
        <source>Competent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="115"/>
        <source>Implementing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="120"/>
        <source>Agency (unit) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="125"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="128"/>
        <source>Finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="130"/>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="138"/>
        <source>Project funds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="138"/>
        <source>Annual budget funds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="141"/>
        <source>Budget at the start of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="141"/>
        <source>Budget for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142"/>
        <source>Executed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142"/>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="142"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="145"/>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="199"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="147"/>
        <source>Annual funds total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="155"/>
        <source>Of which: fiscal appropriation of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="156"/>
        <source>Carry-over from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="156"/>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="182"/>
        <source>Reason for the execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="187"/>
        <source>Annual overall objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="188"/>
        <source>Expected objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="189"/>
        <source>Actual achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="196"/>
        <source>Performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197"/>
        <source>Level-1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197"/>
        <source>Level-2 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="197"/>
        <source>Level-3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198"/>
        <source>Annual target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="198"/>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="199"/>
        <source>Causes of deviation and corrective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="219"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="232"/>
        <source>; </source>
        <comment>reasons separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="235"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="240"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="244"/>
        <source>Reason for finance&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="248"/>
        <source>Evaluation conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="249"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="249"/>
        <source>Improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="256"/>
        <source>Project lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="256"/>
        <source>Unit head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="258"/>
        <source>Finance head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="259"/>
        <source>Prepared by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationForm.cpp" line="260"/>
        <source>Date filled in: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfEvaluationReportDraft</name>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="49"/>
        <source>(To be written.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="61"/>
        <source>There is no subject with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="69"/>
        <source>%1 has no self-evaluation for %2 to draft a report from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="90"/>
        <source>Performance self-evaluation report of %1 (fiscal year %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="92"/>
        <source>Reporting agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="94"/>
        <source>1. Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="95"/>
        <source>%1 (%2) is a %3 of fiscal year %4 under the %5 budget, with a budget of %6 10k yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="96"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="101"/>
        <source>2. Performance targets and their achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="102"/>
        <source>Annual targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="104"/>
        <source>Achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="107"/>
        <source>3. Budget execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="108"/>
        <source>Initial budget %1 10k yuan, adjusted budget %2 10k yuan, executed %3 10k yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="112"/>
        <source>, an execution rate of %1%, scoring %2 of %3 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="115"/>
        <source>; the execution rate cannot be computed without an adjusted budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="119"/>
        <source>Reason for the execution rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="121"/>
        <source>4. Indicators: achievement and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124"/>
        <source>Level-1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="124"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="125"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="133"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="146"/>
        <source>No indicator has been scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="148"/>
        <source>Total score %1 points; grade %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="150"/>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="152"/>
        <source>5. Analysis of deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="160"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="164"/>
        <source>6. Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="167"/>
        <source>7. Improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SelfEvaluationReportDraft.cpp" line="171"/>
        <source>Program lead: %1        Finance lead: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfEvaluationScorer</name>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="164"/>
        <source>Execution %1 of %2 = %3%; %4 × %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="172"/>
        <source>The execution rate %1% is below %2%: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="177"/>
        <source>No adjusted budget: the execution rate scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="178"/>
        <source>The self-evaluation has no adjusted budget (全年预算数).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="193"/>
        <source>Self-evaluation: an entry refers to indicator %1, which is not in the approved targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="210"/>
        <source>Self-evaluation, indicator “%1”: no actual value was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="150"/>
        <source>The targets are %1: a self-evaluation is scored against approved targets only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="221"/>
        <source>Indicator “%1” is marked not applicable: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="231"/>
        <source>not applicable, rejected → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="232"/>
        <source>Marked not applicable, rejected by finance: not reached, 0 points, %1 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="238"/>
        <source>Not applicable, accepted by finance: left out, the total is rescaled over the other weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="239"/>
        <source>Not applicable, to be accepted by finance: left out, the total is rescaled over the other weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="249"/>
        <source>Self-evaluation, indicator “%1”: choose the level reached (qualitative indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="257"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="258"/>
        <source>at least %1 and below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="260"/>
        <source>Self-evaluation, indicator “%1”: rated “%2”, the score must be %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="261"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="265"/>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="266"/>
        <source>Qualitative, rated “%1” (band %2–%3% of %4): %5 points, %6 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="276"/>
        <source>Indicator “%1”: the target value is missing or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="280"/>
        <source>Self-evaluation, indicator “%1”: the actual value “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="290"/>
        <source>%1 %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="291"/>
        <source>Target %1 %2 reached with %3: full %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="293"/>
        <source>%1 &gt; 0 → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="294"/>
        <source>Target = 0 missed with %1: 0 points, %2 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="297"/>
        <source>Target %1 %2 missed with %3: %4 × %3 / %2 = %5 points, %6 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="301"/>
        <source>Target %1 %2 exceeded with %3: %4 × %2 / %3 = %5 points, %6 lost (ratio formula).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="305"/>
        <source>Target %1 %2 exceeded with %3: %4 × (1 − (%3 − %2) / %2) = %5 points, %6 lost (linear formula, 0 from twice the target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="316"/>
        <source>Indicator “%1”: the target %2 is more than %3 times the actual %4 (the target may be set too loose); explain why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="319"/>
        <source>Indicator “%1”: the actual %2 is more than %3 times the target %4 (the target may be set too low); explain why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="333"/>
        <source>ratio %1 above %2: %3 × min(%4, (%1 − 1) × %5) = %6 points deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="340"/>
        <source>Target set too low, %1 as confirmed by finance: %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="343"/>
        <source>Target may be set too low (%1 if finance confirms it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="349"/>
        <source>Indicator “%1” is not fully reached: give the reasons for the deviation and the measures (偏差原因分析及改进措施).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="365"/>
        <source>Indicators marked not applicable take %1 points out; the year&apos;s policy allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="373"/>
        <source>The scores add up to %1, more than 100: the weights do not fit the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="88"/>
        <source>The weights of %1 add up to %2; the year&apos;s policy gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="89"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="95"/>
        <source>Indicators of class “%1” carry %2 points the year&apos;s policy gives no weight to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/SelfEvaluationScorer.cpp" line="96"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="47"/>
        <source>%1 (OpenSSL: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="107"/>
        <source>Cannot generate an SM2 key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="118"/>
        <source>The stored private key is damaged: it is not an encrypted PKCS#8 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="124"/>
        <source>Wrong passphrase: the private key cannot be decrypted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="131"/>
        <source>The stored private key is not an SM2 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="140"/>
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="144"/>
        <source>Cannot draw random bytes for the key&apos;s salt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="147"/>
        <source>Cannot encode the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="151"/>
        <source>Cannot set up the encryption of the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="157"/>
        <source>Cannot encrypt the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="170"/>
        <source>Cannot encode the encrypted private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="195"/>
        <source>Cannot start an SM2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="212"/>
        <source>The signer&apos;s key is not an SM2 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="216"/>
        <source>Cannot start the check of an SM2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="278"/>
        <source>The signature was already made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="289"/>
        <source>Cannot make the SM2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="307"/>
        <source>The signature was already checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/SigningKey.cpp" line="313"/>
        <source>The SM2 signature does not match the signed content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="53"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="55"/>
        <source>Ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="57"/>
        <source>Performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="59"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="61"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="63"/>
        <source>Finance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="65"/>
        <source>Use of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="67"/>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="69"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="71"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePages</name>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="175"/>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StagePages.cpp" line="177"/>
        <source>%1 is edited on the page of its stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/ChildTable.cpp" line="38"/>
        <location filename="../core/storage/ChildTable.cpp" line="46"/>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ChildTable.cpp" line="63"/>
        <location filename="../core/storage/ChildTable.cpp" line="80"/>
        <location filename="../core/storage/EvaluationRepository.cpp" line="23"/>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Column.cpp" line="10"/>
        <source>The database holds %1 in column %2 of table %3, which is not one of the values that column may hold; the file may come from a newer version of Jixiao or have been changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordTable.h" line="109"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/RecordTable.h" line="110"/>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="12"/>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="13"/>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="14"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="15"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="16"/>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="69"/>
        <source>parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="70"/>
        <source>agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="93"/>
        <source>predecessor program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="94"/>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="105"/>
        <source>parent category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="111"/>
        <source>indicator category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="112"/>
        <source>indicator category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="128"/>
        <source>library indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="129"/>
        <source>library indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="141"/>
        <source>receiving division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="146"/>
        <source>target set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="147"/>
        <source>target set of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="157"/>
        <source>target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="160"/>
        <source>library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="172"/>
        <source>indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="187"/>
        <source>ex-ante assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="188"/>
        <source>ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="213"/>
        <source>monitoring report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="214"/>
        <source>monitoring report for month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="246"/>
        <source>self-evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="247"/>
        <source>self-evaluation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="283"/>
        <source>reviewing finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="284"/>
        <source>review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="285"/>
        <source>review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="307"/>
        <source>result application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="308"/>
        <source>result application for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="325"/>
        <source>acting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="329"/>
        <source>workflow step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="330"/>
        <source>workflow step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="340"/>
        <location filename="../core/storage/Tables.cpp" line="360"/>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="342"/>
        <source>monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="350"/>
        <source>ordering finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="351"/>
        <source>finance order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="365"/>
        <source>paying finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="366"/>
        <source>payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="383"/>
        <source>self-evaluation report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="439"/>
        <source>reading the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="445"/>
        <source>The database has no table “%1”, which this version of Jixiao reads and writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Tables.cpp" line="452"/>
        <source>Table “%1” of the database has no column “%2”, which this version of Jixiao reads and writes (a missing schema migration, or a wrong table declaration).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectListExporter</name>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="94"/>
        <location filename="../core/io/SubjectListExporter.cpp" line="116"/>
        <location filename="../core/io/SubjectListExporter.cpp" line="128"/>
        <location filename="../core/io/SubjectListExporter.cpp" line="222"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="221"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="250"/>
        <source>The list has no columns to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/SubjectListExporter.cpp" line="275"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectQuery</name>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="436"/>
        <source>counting the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="457"/>
        <source>listing subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="518"/>
        <source>reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="606"/>
        <location filename="../core/storage/SubjectQuery.cpp" line="626"/>
        <location filename="../core/storage/SubjectQuery.cpp" line="631"/>
        <source>updating the summary of monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="651"/>
        <source>reading the fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="669"/>
        <source>reading the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="690"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="696"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="697"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="698"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="699"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="700"/>
        <source>Budget book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="701"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="702"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="703"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="704"/>
        <source>Assessment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="705"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="706"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="707"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="708"/>
        <source>Executed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="709"/>
        <source>Execution rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="710"/>
        <source>Time progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="711"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="712"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="713"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="714"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="715"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="716"/>
        <source>Order in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="738"/>
        <location filename="../ui/lists/SubjectListView.cpp" line="79"/>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="746"/>
        <location filename="../ui/lists/SubjectListView.cpp" line="81"/>
        <source>Execution behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SubjectQuery.cpp" line="748"/>
        <location filename="../ui/lists/SubjectListView.cpp" line="82"/>
        <source>Indicator out of reach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionGates</name>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="80"/>
        <source>the annual objective (年度总体目标) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="82"/>
        <source>there are no indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="93"/>
        <source>the receiving division %1 is not below the program&apos;s division %2: a transfer goes to a lower level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="103"/>
        <source>indicator “%1…”: the name has %2 characters, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="111"/>
        <source>indicator “%1”: the unit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="114"/>
        <source>indicator “%1”: the target value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="118"/>
        <source>indicator “%1”: the qualitative target is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="122"/>
        <source>indicator “%1”: no indicator category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="140"/>
        <source>no indicator in the required class “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="179"/>
        <source>the executed amount is above the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="193"/>
        <source>indicator “%1”: the forecast %2 misses the target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="196"/>
        <source>indicator “%1” is not certain to be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="199"/>
        <source>%1: give the cause of the deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="203"/>
        <source>%1: give the corrective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="215"/>
        <source>The self-evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="231"/>
        <source>the assessment report is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="234"/>
        <source>%1 of the 5 dimensions are scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="236"/>
        <source>there is no conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="248"/>
        <source>“%1” is scored out of %2; the year&apos;s policy gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/SubmissionGates.cpp" line="257"/>
        <source>a total of %1 concludes “%2”, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsForm</name>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="36"/>
        <source>%1: %2 has no performance targets for %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="65"/>
        <source>Level-1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="65"/>
        <source>Level-2 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66"/>
        <source>Level-3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="66"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="67"/>
        <source>Scoring standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="85"/>
        <source>Unit head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="86"/>
        <source>Finance head: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="87"/>
        <source>Prepared by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="88"/>
        <source>Telephone: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="89"/>
        <source>Date filled in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="106"/>
        <source>Project Expenditure Performance Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="111"/>
        <source>Agency Overall Expenditure Performance Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="121"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="123"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="126"/>
        <source>Competent department and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="129"/>
        <source>%1 (%2)</source>
        <comment>a department and its code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="131"/>
        <source>Implementing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="134"/>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="135"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="135"/>
        <source>Continuing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="136"/>
        <source>Project period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="140"/>
        <source>Project funds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="141"/>
        <source>Mid-term funds total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="143"/>
        <source>Annual funds total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="146"/>
        <location filename="../core/report/TargetsForm.cpp" line="184"/>
        <source>Of which: fiscal appropriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="146"/>
        <location filename="../core/report/TargetsForm.cpp" line="185"/>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="153"/>
        <source>Overall objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="155"/>
        <location filename="../core/report/TargetsForm.cpp" line="159"/>
        <source>Annual objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="158"/>
        <source>Mid-term objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="163"/>
        <source>Performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="177"/>
        <source>Agency targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="179"/>
        <source>Agency (unit) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="182"/>
        <source>Annual budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="183"/>
        <source>Funds total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="190"/>
        <source>Annual overall objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/TargetsForm.cpp" line="192"/>
        <source>Annual performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="108"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="134"/>
        <source>the cell holds a formula (=%1); type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="138"/>
        <source>the cell holds the error value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="171"/>
        <location filename="../core/io/TemplateImporter.cpp" line="255"/>
        <source>“%1” is text; a number is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="187"/>
        <source>the amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="192"/>
        <source>the amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="198"/>
        <source>the amount %1 has fractions of a fen; amounts are in yuan with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="219"/>
        <location filename="../core/io/TemplateImporter.cpp" line="1065"/>
        <location filename="../core/io/TemplateImporter.cpp" line="1168"/>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="373"/>
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="409"/>
        <source>this workbook is not a Jixiao fill-in template: its hidden sheet “%1” is missing. Export a template and fill that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="433"/>
        <source>this workbook is not a Jixiao fill-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="439"/>
        <source>the template is of format version %1; this program reads version %2. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="451"/>
        <source>the template&apos;s description is damaged (kind, year, month or agency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="457"/>
        <source>the template is for agency “%1”, which is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="472"/>
        <source>the sheet “%1” is missing (deleted or renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="493"/>
        <source>the column “%1” is missing or was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="504"/>
        <location filename="../core/io/TemplateImporter.cpp" line="528"/>
        <source>the header row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="546"/>
        <source>the program of this row (id %1) is not a live program of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="558"/>
        <source>the row names no program: type its program code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="563"/>
        <source>there is no program with code “%1” of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="582"/>
        <source>the %1 of this program changed since the template was exported (version %2, now %3); export a new template and fill it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="637"/>
        <location filename="../core/io/TemplateImporter.cpp" line="849"/>
        <location filename="../core/io/TemplateImporter.cpp" line="1000"/>
        <source>the program “%1” appears twice (first in row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="656"/>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="296"/>
        <location filename="../core/io/TemplateImporter.cpp" line="676"/>
        <location filename="../core/io/TemplateImporter.cpp" line="1056"/>
        <source>the program “%1” is not on the sheet “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="698"/>
        <source>this indicator (id %1) is not among the targets of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="316"/>
        <location filename="../core/io/TemplateImporter.cpp" line="703"/>
        <source>this indicator appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="726"/>
        <source>“%1 / %2” is not a level-1 / level-2 category of the %3 indicator framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="736"/>
        <source>the indicator has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="746"/>
        <source>choose the indicator&apos;s operator (≥, ≤, ＝, ＞, ＜ or 定性).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="858"/>
        <source>the program “%1” has no performance targets to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="880"/>
        <source>monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="311"/>
        <source>this row is not one of the indicators of “%1” (add indicators in the targets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1009"/>
        <source>the program “%1” has no performance targets to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1027"/>
        <source>self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1073"/>
        <source>this funds row appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1151"/>
        <source>only 定性 indicators take a score here; quantitative ones are scored by the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateImporter.cpp" line="1155"/>
        <source>the score %1 is outside 0–%2 (the indicator&apos;s weight).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLayout</name>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="166"/>
        <source>Performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="168"/>
        <source>Performance monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateLayout.cpp" line="170"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateWorkbook</name>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="262"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="277"/>
        <source>Pick a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="284"/>
        <source>Type an amount in yuan, not negative, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="285"/>
        <source>Type a number that is not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="299"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="300"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="360"/>
        <source>finding agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="374"/>
        <source>No agency “%1” in this database (give its id or its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="398"/>
        <source>Month %1 is not 1–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="403"/>
        <source>The agency of the template is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/TemplateWorkbook.cpp" line="434"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionRepository</name>
    <message>
        <location filename="../core/storage/TransitionRepository.cpp" line="24"/>
        <source>numbering a workflow step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/Validation.cpp" line="53"/>
        <source>agency “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="59"/>
        <source>program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="60"/>
        <source>agency budget “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="61"/>
        <source>government budget “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="68"/>
        <source>indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="74"/>
        <source>The agency has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="76"/>
        <location filename="../core/domain/Validation.cpp" line="94"/>
        <source>%1: division code “%2” is not six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="78"/>
        <source>%1: no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="86"/>
        <source>The %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="88"/>
        <source>%1: fiscal year %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="90"/>
        <source>%1: the amount %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="92"/>
        <source>%1: no agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="97"/>
        <source>%1: function class code “%2” must have 3, 5 or 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="101"/>
        <source>%1: unknown funding tags %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="103"/>
        <source>%1: only programs carry funding tags and new / major / mid-year flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="111"/>
        <source>An indicator category has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="113"/>
        <source>Indicator category “%1”: level 1 has no parent, level 2 needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="115"/>
        <source>Indicator category “%1”: weight must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="122"/>
        <source>A library indicator has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="124"/>
        <source>Library indicator “%1”: no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="131"/>
        <source>An indicator has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="133"/>
        <source>%1: weight %2 must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="135"/>
        <source>%1: the target value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="142"/>
        <source>A target set has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="144"/>
        <source>Target set: fiscal year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="146"/>
        <source>Target set: receiving division “%1” is not six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="152"/>
        <source>indicators[%1].weight: %2: weight %3 must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="166"/>
        <source>An ex-ante assessment has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="170"/>
        <source>Ex-ante assessment: dimension “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="174"/>
        <source>Ex-ante assessment, “%1”: score %2 is outside 0–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="186"/>
        <source>A monitoring report has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="188"/>
        <source>Monitoring report: month %1 is not 1–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="190"/>
        <source>Monitoring report for month %1: amounts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="193"/>
        <source>Monitoring report for month %1: a progress value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="201"/>
        <source>A self-evaluation has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="204"/>
        <source>Self-evaluation, funds row “%1”: amounts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="208"/>
        <source>Self-evaluation: total score %1 is outside 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="211"/>
        <source>Self-evaluation: an actual value or score is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="219"/>
        <source>A review names no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="221"/>
        <source>A review names no reviewing finance department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="228"/>
        <source>A result application has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="230"/>
        <source>Result application: year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="64"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="65"/>
        <source>%1, sheet “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="73"/>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="77"/>
        <location filename="../core/io/XlsxReader.cpp" line="101"/>
        <source>%1 is %2 MB; workbooks over %3 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="83"/>
        <location filename="../core/io/XlsxReader.cpp" line="107"/>
        <source>%1 is empty: it is not an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="88"/>
        <location filename="../core/io/XlsxReader.cpp" line="114"/>
        <location filename="../core/io/XlsxReader.cpp" line="120"/>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="89"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="135"/>
        <location filename="../core/io/XlsxReader.cpp" line="147"/>
        <source>the part %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="151"/>
        <source>the part %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="156"/>
        <source>the part %1 would unpack to %2 MB; the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="165"/>
        <source>the part %1 is compressed %2 times; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="169"/>
        <source>the part %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="188"/>
        <source>the part %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="198"/>
        <source>the part %1 unpacks to more than it declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="200"/>
        <source>the workbook unpacks to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="206"/>
        <source>the part %1 is not valid XML (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="215"/>
        <source>the part %1 declares a DTD; such files are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="217"/>
        <source>the part %1 uses an undeclared entity “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="220"/>
        <source>the part %1 nests elements deeper than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="242"/>
        <source>the zip holds %1 entries; a workbook has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="259"/>
        <source>it is not an Excel workbook: %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="300"/>
        <source>the workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="407"/>
        <source>there is no sheet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="431"/>
        <source>cell %1 points to shared string %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="448"/>
        <source>cell %1 holds “%2”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="452"/>
        <source>cell %1 has an unknown type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="468"/>
        <source>row number “%1” is out of order or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="475"/>
        <source>a cell stands outside any row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="484"/>
        <source>cell reference “%1” is not valid in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="488"/>
        <source>cell %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="508"/>
        <source>merged range “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearPolicy</name>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="35"/>
        <source>Policy %1, %2 weights: the execution-rate weight and the class weights add up to %3, not 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="56"/>
        <source>Policy: “fiscalYear” is missing or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="59"/>
        <source>Policy %1: “regionCode” “%2” is not a six-digit division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="68"/>
        <source>Policy %1: grade bands must rise within 0–100 (fair &lt; good &lt; excellent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="81"/>
        <source>Policy %1: “lowerIsBetterFormula” must be ratio or linear, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="92"/>
        <source>Policy %1: “%2” is not a framework kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="106"/>
        <source>Policy %1: “notApplicableMaxWeight” must be within 0–100 and the far-above deduction&apos;s rate and maximum share within 0–1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="28"/>
        <source>Policy %1: every class weight needs “classes” and a “weight” of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="115"/>
        <source>Policy %1: “farAboveRatio” must be above 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="128"/>
        <source>Policy %1: the qualitative bands must follow each other within 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="137"/>
        <source>Policy %1: the ex-ante assessment bands must rise (revise &lt; support ≤ 5 × dimension maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/YearPolicy.cpp" line="146"/>
        <source>Policy %1: deadline “%2” needs a key, a month 0–12 and a day 1–31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ActorPicker</name>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="32"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="35"/>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="46"/>
        <source>Who works in %1 now? What you save and submit is recorded in this person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="50"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/ActorPicker.cpp" line="92"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::AssessmentEditor</name>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="40"/>
        <source>The assessment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="52"/>
        <source>Program: %1    Amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55"/>
        <source>Full marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="55"/>
        <source>Assessment opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="80"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="83"/>
        <source>(as the total gives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="85"/>
        <source>&amp;Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="93"/>
        <source>Assessed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="96"/>
        <source>Assessor&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="99"/>
        <source>基本情况 → 评估工作开展情况 → 各维度评估情况与总体结论 → 建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="101"/>
        <source>Assessment &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="118"/>
        <source>Ex-ante performance assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="147"/>
        <source>“%1”: the score “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="150"/>
        <source>“%1”: the score must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="162"/>
        <source>A total of %1 concludes “%2” under the year&apos;s bands, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="166"/>
        <source>The assessment report is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/AssessmentEditor.cpp" line="189"/>
        <source>Under the year&apos;s bands (予以支持 ≥ %1, 调整完善后予以支持 ≥ %2, else 不予支持) this total gives: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::AssessmentPage</name>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="11"/>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="36"/>
        <source>the ex-ante assessment of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessment/AssessmentPage.cpp" line="37"/>
        <source>Write or change the ex-ante assessment of the chosen program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::DecisionDialog</name>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="34"/>
        <source>Decision on next year&apos;s funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="57"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="59"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="79"/>
        <source>The decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="92"/>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="93"/>
        <source>%1, %2 %3, graded %4. The decision applies to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="120"/>
        <source>Increase by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="123"/>
        <source>Reduce by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="126"/>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="129"/>
        <source>Cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/DecisionDialog.cpp" line="138"/>
        <source>amount in the unit chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::EvaluationEditor</name>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="67"/>
        <source>%1: %2    Fiscal year %3    Targets: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="70"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75"/>
        <source>Budget at the start of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="75"/>
        <source>Budget for the year (adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76"/>
        <source>Executed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76"/>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="76"/>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="83"/>
        <source>Total funds of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="96"/>
        <source>Reason for execution below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="104"/>
        <source>Overall objective: e&amp;xpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="105"/>
        <source>Overall objective: &amp;achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108"/>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108"/>
        <source>Level 3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="108"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109"/>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="109"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110"/>
        <source>Reason not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110"/>
        <source>Qualitative level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="110"/>
        <source>Points given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="111"/>
        <source>Causes of deviation and improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="111"/>
        <source>Why far above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="112"/>
        <source>How the score came about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="155"/>
        <source>%1: %2–%3% of the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="157"/>
        <source>Qualitative indicators: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="173"/>
        <source>Evaluation &amp;conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="174"/>
        <source>&amp;Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="175"/>
        <source>Improvement &amp;measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="176"/>
        <source>Program &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="177"/>
        <source>&amp;Finance lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="206"/>
        <source>Agency overall expenditure performance self-evaluation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="207"/>
        <source>Program expenditure performance self-evaluation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="314"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="316"/>
        <source>%1: an amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="326"/>
        <source>“%1”: the actual value “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="331"/>
        <source>“%1”: “%2” is not a qualitative level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="335"/>
        <source>“%1”: the points “%2” are not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="347"/>
        <source>The subject has no performance targets for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="389"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="413"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="414"/>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/EvaluationEditor.cpp" line="419"/>
        <source>Indicator points so far: %1 (%n indicator(s) still without an actual value)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="421"/>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/EvaluationEditor.cpp" line="422"/>
        <source>Grade: —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::EvaluationPage</name>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="12"/>
        <source>Edit self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="37"/>
        <source>the self-evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/evaluation/EvaluationPage.cpp" line="38"/>
        <source>Write or change the self-evaluation of the chosen subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="43"/>
        <source>Ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="45"/>
        <source>Performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="47"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="49"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="51"/>
        <source>Result application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="63"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="613"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="64"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="491"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="765"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="65"/>
        <source>%1, %2, division %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="79"/>
        <source>checking the digest and the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="81"/>
        <source>reading the records in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="83"/>
        <source>collecting the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="85"/>
        <source>writing and signing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="139"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="140"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="351"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="141"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="142"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="233"/>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="248"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="278"/>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="292"/>
        <source>Stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="297"/>
        <source>Everything in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="300"/>
        <source>Only changes since the last package the recipient acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="305"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="311"/>
        <source>An agency known here or whose key is registered; or type its id or local code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="312"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="315"/>
        <source>Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="322"/>
        <source>The package is signed with this installation&apos;s key (its passphrase is asked). Exporting changes nothing here but the package counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="336"/>
        <source>Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="340"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="430"/>
        <source>No package chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="355"/>
        <source>Save summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="371"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="372"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="382"/>
        <source>This installation&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="390"/>
        <source>Generate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="393"/>
        <source>Export key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="402"/>
        <source>Known keys of other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405"/>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="405"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="408"/>
        <source>Register key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="411"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="499"/>
        <source>%1 (%2, division %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="515"/>
        <source>Choose the agency the package is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="524"/>
        <source>Choose at least one stage to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="529"/>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="529"/>
        <source>Jixiao packages (*.jxpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="532"/>
        <source>The package is signed with this installation&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="536"/>
        <source>Exporting the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="541"/>
        <source>The export was cancelled; no package file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="549"/>
        <source>%1 no. %2 for %3 written to %4: %5 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="564"/>
        <source>Open package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="564"/>
        <source>Jixiao packages (*.jxpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="582"/>
        <source>Checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="596"/>
        <source>Package: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="600"/>
        <source>(the header below is shown as the file says; it is not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="604"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="609"/>
        <source>Kind: %1, format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="610"/>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="610"/>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611"/>
        <source>Fiscal year: %1; stages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="611"/>
        <location filename="../ui/exchange/ExchangePage.cpp" line="613"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="612"/>
        <source>Created: %1; sequence no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="613"/>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="616"/>
        <source>Signer key fingerprint: %1 (compare it with the sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="617"/>
        <source>Valid: the signature verifies and the signer is a registered key of the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="618"/>
        <source>NOT VALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="622"/>
        <source>Dry run (nothing written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="630"/>
        <source>This is a key file: register it on the Keys tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="634"/>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="649"/>
        <source>Importing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="654"/>
        <source>The import was cancelled; the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="661"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="665"/>
        <source>Import of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="678"/>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="678"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="687"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="690"/>
        <source>Summary saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="715"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="717"/>
        <source>acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="717"/>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="729"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="732"/>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 ignored, %6 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="752"/>
        <source>Fingerprint %1, made %2. Give its key file to the level above and compare the fingerprint with them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="757"/>
        <source>No signing key yet: generate one before exporting packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="767"/>
        <source>revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="767"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="781"/>
        <source>A new key replaces the current one; the level above must register the new key file. Choose the passphrase that will protect it (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="783"/>
        <source>Choose the passphrase that will protect the new signing key (at least %1 characters). It is not stored anywhere: without it the key cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="793"/>
        <source>New signing key, fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="801"/>
        <source>Export key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="801"/>
        <source>Jixiao key files (*.jxkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="805"/>
        <source>The key file is signed with the key it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="813"/>
        <source>Key file written to %1; fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="820"/>
        <source>Register key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="820"/>
        <source>Jixiao key files (*.jxkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="833"/>
        <source>Registered the key of %1, fingerprint %2: compare it with the sender by phone; revoke it if it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="846"/>
        <source>Choose the key to revoke in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="851"/>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="852"/>
        <source>Why is key %1 revoked? Packages signed with it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="860"/>
        <source>Key %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::GradeDialog</name>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="34"/>
        <source>Grade the self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="39"/>
        <source>Required when the grade differs from the computed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="45"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="59"/>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="60"/>
        <source>Reason for the grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="61"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="68"/>
        <source>Indicators claimed not applicable (不适用) and proposed deductions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="78"/>
        <source>The self-evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="91"/>
        <source>%1: scored %2, computed grade %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="98"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="98"/>
        <source>Far above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="104"/>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="105"/>
        <source>Accept: drops out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="106"/>
        <source>Reject: scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="108"/>
        <source>Not deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="109"/>
        <source>Deduct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::HomePage</name>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="111"/>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="119"/>
        <location filename="../ui/home/HomePage.cpp" line="138"/>
        <source>Open a database to see what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="192"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="195"/>
        <source>&lt;h2&gt;%1 · fiscal year %2&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="239"/>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="282"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="286"/>
        <source>Submitted to you for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="286"/>
        <source>Submitted by your units for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="299"/>
        <source>Returned to you for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="315"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="327"/>
        <source>Monitoring overdue (programs and budgets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="331"/>
        <source>Self-evaluation overdue (programs and budgets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="336"/>
        <source>Due within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="352"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="367"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="371"/>
        <source>Execution behind time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="375"/>
        <source>Indicators unlikely to be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="379"/>
        <source>Programs with an order in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="394"/>
        <source>Records of fiscal year %1 by stage and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="400"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="452"/>
        <source>Self-evaluation grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="454"/>
        <source>Self-evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="506"/>
        <source>Budget execution against time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="509"/>
        <location filename="../ui/home/HomePage.cpp" line="554"/>
        <location filename="../ui/home/HomePage.cpp" line="556"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="511"/>
        <source>Time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="531"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/home/HomePage.cpp" line="554"/>
        <source>Lowest execution by unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="101"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="190"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="201"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="222"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="223"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="226"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="229"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="232"/>
        <source>&amp;Who acts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="234"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="236"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="240"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="250"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="254"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="260"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="263"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="264"/>
        <source>&amp;About Jixiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="272"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="283"/>
        <source>Fiscal year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="286"/>
        <source>The fiscal year every page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="457"/>
        <source>%1 could not be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="492"/>
        <source>No such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="493"/>
        <source>There is no file %1.

Create a new database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="496"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="504"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="509"/>
        <source>%1 is empty (0 bytes), not a Jixiao database; it was left as it is. Open another file, or create a database with File &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="520"/>
        <source>Creating the demo database (one county, 3,000 programs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="520"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="522"/>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="550"/>
        <source>The demo database was not created (cancelled); nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="553"/>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="565"/>
        <source>new.jixiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="575"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="576"/>
        <source>Jixiao databases (*.jixiao *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="629"/>
        <source>%1 cannot act as %2 for %3, which is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="645"/>
        <source>About Jixiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="646"/>
        <source>&lt;h3&gt;Jixiao %1&lt;/h3&gt;&lt;p&gt;Budget performance management: ex-ante assessment, performance targets, monitoring, self-evaluation and the use of results, offline on one PC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="653"/>
        <source>Jixiao — Budget performance management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="656"/>
        <source>%1 — %2 — Jixiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="658"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="667"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="687"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="688"/>
        <source>Who acts; change it in File &gt; Who acts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="689"/>
        <source>Fiscal year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="690"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::MessageBanner</name>
    <message>
        <location filename="../ui/common/MessageBanner.cpp" line="20"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::MonitoringEditor</name>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="65"/>
        <source>%1: %2    Fiscal year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="72"/>
        <source>January to month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="73"/>
        <source>&amp;Cumulative to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="80"/>
        <source>&amp;Budget (adjusted, yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="81"/>
        <source>&amp;Executed to date (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="82"/>
        <source>&amp;Forecast execution at year end (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="85"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88"/>
        <source>Level 1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88"/>
        <source>Level 3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="88"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89"/>
        <source>Completed to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89"/>
        <source>Forecast year-end value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="89"/>
        <source>Likelihood of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90"/>
        <source>Cause of deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90"/>
        <source>Corrective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="90"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="112"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="136"/>
        <source>Performance monitoring — %1, January to month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="233"/>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="245"/>
        <source>“%1”: the progress “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="250"/>
        <source>“%1”: the forecast “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="254"/>
        <source>“%1”: choose 确定能, 有可能 or 完全不可能.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="257"/>
        <source>“%1”: “%2” is not one of the causes of deviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="279"/>
        <source>“%1” may not be reached: give the cause of the deviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="282"/>
        <source>“%1” may not be reached: give the corrective measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="286"/>
        <source>The program has no targets for this year to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="297"/>
        <source>%1% of the budget executed; time progress %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="298"/>
        <source>no budget yet; time progress %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="311"/>
        <source>● on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="319"/>
        <source>● cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/MonitoringEditor.cpp" line="322"/>
        <source>● forecast short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::MonitoringPage</name>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="14"/>
        <source>Report monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="44"/>
        <source>the monitoring of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitoring/MonitoringPage.cpp" line="45"/>
        <source>Write this month&apos;s monitoring report of the chosen subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="33"/>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="86"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="36"/>
        <source>six digits, e.g. 653101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="40"/>
        <source>e.g. 喀什市财政局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="44"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="55"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="56"/>
        <source>Division code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="57"/>
        <source>Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="58"/>
        <source>Agency kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="87"/>
        <source>Jixiao databases (*.jixiao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="96"/>
        <source>unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="101"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/NewDatabaseDialog.cpp" line="108"/>
        <source>Choose a file for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::PassphraseDialog</name>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="18"/>
        <source>Passphrase of the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="29"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="34"/>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="53"/>
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/PassphraseDialog.cpp" line="57"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::PlaceholderPage</name>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="16"/>
        <source>Here you will find the ex-ante assessments of new programs and policies, with their scores and conclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="19"/>
        <source>Here you will find the performance targets of each program, with their indicators and where each stands in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="22"/>
        <source>Here you will find the monthly monitoring of budget execution and indicators, with the warnings it raises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="25"/>
        <source>Here you will find the self-evaluations of the year, with their scores and grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="28"/>
        <source>Here finance will find the records submitted for review, to approve or return them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="31"/>
        <source>Here you will find how the results are used: the decisions on next year&apos;s budget and the orders in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="34"/>
        <source>Exchanging data with other units and levels (sending and receiving packages) will be available here in a coming version. Until then, your data stays in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="38"/>
        <source>Printable reports and tables for submission will be available here in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/PlaceholderPage.cpp" line="44"/>
        <source>This page will be available in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ProgramEditor</name>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="29"/>
        <source>The program could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="29"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="51"/>
        <source>e.g. 1,234,500.00 or 123.45万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="56"/>
        <source>3, 5 or 7 digits, e.g. 2130314</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="57"/>
        <source>New program (else continuing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="59"/>
        <source>Major policy or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="61"/>
        <source>Added in the course of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="64"/>
        <source>Program &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="65"/>
        <source>Program &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="66"/>
        <source>&amp;Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="67"/>
        <source>&amp;Budget book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="68"/>
        <source>Program &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="77"/>
        <source>Funding tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="84"/>
        <source>Budget &amp;amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="87"/>
        <source>Function class co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="112"/>
        <source>Program registration — new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="113"/>
        <source>Program registration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="129"/>
        <source>The program&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="135"/>
        <source>The budget amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="140"/>
        <source>A function class code has 3, 5 or 7 digits (类/款/项), e.g. 205 or 2050201.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/ProgramEditor.cpp" line="148"/>
        <source>= %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ReasonDialog</name>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="55"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="70"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="71"/>
        <source>%1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReasonDialog.cpp" line="112"/>
        <source>Please write the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::RecordEditor</name>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="135"/>
        <source>&amp;Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="137"/>
        <source>D&amp;iscard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="158"/>
        <source>To put right before submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="158"/>
        <source>To put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="163"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="190"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="192"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="194"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="196"/>
        <source>S&amp;ubmit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="199"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="420"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="437"/>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="553"/>
        <source>Nothing left to put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/RecordEditor.cpp" line="608"/>
        <source>Not saved: %n field(s) need correcting (marked in red; what you typed is kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="624"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="641"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/RecordEditor.cpp" line="654"/>
        <source>Saved, but not submitted yet: %n thing(s) to put right (see the list).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="663"/>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="668"/>
        <source>Submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="699"/>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="704"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="709"/>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="713"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="731"/>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="805"/>
        <source>This form was being filled in on %1 and not saved. Restore what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="823"/>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/RecordEditor.cpp" line="824"/>
        <source>The draft was restored; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="70"/>
        <source>Forms of one subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="72"/>
        <source>Finance summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="74"/>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="76"/>
        <source>Self-evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="85"/>
        <source>Performance self-evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="86"/>
        <source>The narrative report of a self-evaluation (一、基本情况 … 七、改进措施), drafted from the data and edited by the clerk; exported as ODT or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="113"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="115"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="117"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="119"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="170"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="171"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="172"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="173"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="174"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="175"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="176"/>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="177"/>
        <source>Edit the self-evaluation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="192"/>
        <source>No reports are available in this version yet; the self-evaluation report can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="198"/>
        <source>Search by name, code or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="215"/>
        <source> (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="242"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="243"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="244"/>
        <source>Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="245"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="246"/>
        <source>Amounts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="251"/>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="485"/>
        <source>Choose a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="486"/>
        <source>Pick a report on the left to see its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="568"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="606"/>
        <source>%n page(s); the first %1 are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="607"/>
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="629"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="668"/>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="706"/>
        <source>Printing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="707"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="708"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="740"/>
        <source>%n page(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="745"/>
        <source>%n page(s) sent to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="755"/>
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="768"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="769"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ResultsModel</name>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="144"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="155"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="155"/>
        <source>no self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="164"/>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="175"/>
        <source>The grade that binds the results: finance&apos;s once it approved the self-evaluation, else the computed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="188"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="189"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="190"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="191"/>
        <source>Binding grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="192"/>
        <source>Self-evaluation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="193"/>
        <source>Decision for next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="194"/>
        <source>Change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsModel.cpp" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ResultsPage</name>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="38"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="62"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="63"/>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="65"/>
        <source>&amp;Submit the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="67"/>
        <source>&amp;Approve the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="86"/>
        <source>Programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="97"/>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="101"/>
        <source>Amounts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="176"/>
        <source>%1
Not now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="179"/>
        <source>Decide on next year&apos;s funding of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="183"/>
        <location filename="../ui/results/ResultsPage.cpp" line="184"/>
        <source>Nothing decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="186"/>
        <source>Submit the decision for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="187"/>
        <source>Approve the decision (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="212"/>
        <source>Decision saved on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="228"/>
        <source>The decision on %1 was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="244"/>
        <source>The decision on %1 was approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="39"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="53"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="66"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="67"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="69"/>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="71"/>
        <source>&amp;Grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="73"/>
        <source>Approve &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="74"/>
        <source>Give an &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="75"/>
        <source>&amp;Lift the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="76"/>
        <location filename="../ui/review/ReviewPage.cpp" line="295"/>
        <source>Approve the record (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="77"/>
        <location filename="../ui/review/ReviewPage.cpp" line="296"/>
        <source>Return the record with a comment (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="96"/>
        <source>Waiting for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="110"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="112"/>
        <source>Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="114"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="153"/>
        <source>All divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="154"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="272"/>
        <source>Only a self-evaluation is graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="279"/>
        <source>No order is in force on this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="298"/>
        <source>%1
Not now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="332"/>
        <source>Approved: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="343"/>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="343"/>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="345"/>
        <source>Returning needs a comment saying what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="348"/>
        <source>Returned: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="359"/>
        <source>Graded and approved: the self-evaluation of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="381"/>
        <source>Records of several kinds are chosen; approve one kind at a time (filter by record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="386"/>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="387"/>
        <source>Approve %1 records (%2)? Either all of them are approved or, if one cannot be, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="400"/>
        <source>Approved: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="411"/>
        <source>Order on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="411"/>
        <location filename="../ui/review/ReviewPage.cpp" line="430"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="414"/>
        <source>An order needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="422"/>
        <source>Order given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="430"/>
        <source>Lift the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="432"/>
        <source>Outcome of the rectification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="433"/>
        <source>Lifting an order needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="436"/>
        <source>The order was lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="99"/>
        <source>The queue changed; choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="121"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="125"/>
        <source>%1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="146"/>
        <source>%1 (submitted late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="147"/>
        <source>%1 (passed, waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="152"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="160"/>
        <source>%1
Fiscal year: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="171"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="172"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="173"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="174"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="175"/>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="176"/>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="177"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="178"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="179"/>
        <source>Score (grade)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::SelfEvaluationReportEditor</name>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="42"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="43"/>
        <source>Draft again from the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="44"/>
        <source>Export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="45"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="81"/>
        <source>Self-evaluation report: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="135"/>
        <source>The self-evaluation has been submitted: its report is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="137"/>
        <source>Drafted from the data; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="139"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="141"/>
        <source>There are changes not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="168"/>
        <source>The self-evaluation report was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="177"/>
        <source>Draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="178"/>
        <source>Draft the report again from the data? The text in the editor, with your edits, is replaced (what is saved stays until you save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="194"/>
        <source>Drafted again from the data; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="203"/>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="216"/>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="228"/>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="246"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="212"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="219"/>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="249"/>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="255"/>
        <source>Export the report as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="255"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="259"/>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="259"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="273"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/SelfEvaluationReportEditor.cpp" line="274"/>
        <source>The report has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="48"/>
        <source>Monthly monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="50"/>
        <source>Mid-year check of overall targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="52"/>
        <source>Units&apos; self-evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="54"/>
        <source>County government budget self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="56"/>
        <source>Prefecture government budget self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="58"/>
        <source>Annual summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70"/>
        <source>Class / category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="70"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="71"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="71"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="72"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="86"/>
        <source>As the system (Chinese unless the system is English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="94"/>
        <source>The language changes when Jixiao is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="104"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="107"/>
        <source>Amounts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="111"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="112"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="116"/>
        <source>Indicator framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="117"/>
        <source>Policy of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="118"/>
        <source>Indicator library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="119"/>
        <source>The framework, the policy and the library are set by the finance department and are shown here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="126"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="173"/>
        <location filename="../ui/settings/SettingsPage.cpp" line="181"/>
        <location filename="../ui/settings/SettingsPage.cpp" line="230"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="203"/>
        <source>Grade bands (score at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="207"/>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="210"/>
        <source>Self-evaluation weights (of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="211"/>
        <source>Budget execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="214"/>
        <source>Most points not applicable indicators may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="216"/>
        <source>A reason is needed for execution below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="220"/>
        <source>Ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="221"/>
        <source>Points per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="222"/>
        <location filename="../ui/settings/SettingsPage.cpp" line="224"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="226"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="227"/>
        <source>Warn when execution is behind time progress by (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="229"/>
        <source>Two-step review (supervising department first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="230"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="232"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="236"/>
        <source>day %1 of the following month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="238"/>
        <source>%1-%2, fiscal year + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="264"/>
        <source>No indicator library has been loaded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::SubjectListModel</name>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="281"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="285"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="296"/>
        <source>%1
Code: %2
Unit: %3
Fiscal year: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="297"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListModel.cpp" line="300"/>
        <source>Payments held: %1 in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::SubjectListPage</name>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="17"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="110"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListPage.cpp" line="113"/>
        <source>Choose a program or budget in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::SubjectListView</name>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="94"/>
        <source>Assessment: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="95"/>
        <source>Targets: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="96"/>
        <source>Monitoring: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="97"/>
        <source>Self-evaluation: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="158"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="195"/>
        <source>Export the list as shown (filters, order, columns) to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="228"/>
        <source>Search name, code or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="236"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="237"/>
        <source>Division (with the divisions under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="238"/>
        <source>Unit (with its subordinate units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="240"/>
        <source>Budget book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="241"/>
        <source>All budget books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="243"/>
        <source>Kind of subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="244"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="246"/>
        <source>Funding tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="247"/>
        <source>All funding tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="259"/>
        <source>Grade (finance&apos;s where approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="260"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="262"/>
        <source>Monitoring warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="263"/>
        <source>Warnings: any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="264"/>
        <source>Any warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="265"/>
        <source>Execution behind time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="266"/>
        <source>Indicator out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="267"/>
        <source>Finance order in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="268"/>
        <source>Orders: any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="271"/>
        <location filename="../ui/lists/SubjectListView.cpp" line="405"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="273"/>
        <source>Only the subjects whose work of this stage is past its deadline and not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="290"/>
        <source>Unit of amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="302"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="405"/>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="434"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="435"/>
        <source>All divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="436"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="457"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lists/SubjectListView.cpp" line="602"/>
        <source>%n subject(s), amount %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="610"/>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="614"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="614"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="631"/>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="644"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="647"/>
        <source>Exporting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="647"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/SubjectListView.cpp" line="692"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lists/SubjectListView.cpp" line="699"/>
        <source>%n row(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::SubjectView</name>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Forecast year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <location filename="../ui/record/SubjectView.cpp" line="170"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <location filename="../ui/record/SubjectView.cpp" line="170"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <location filename="../ui/record/SubjectView.cpp" line="170"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="135"/>
        <source>Deviation and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="138"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="140"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142"/>
        <location filename="../ui/record/SubjectView.cpp" line="668"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="142"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="170"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="184"/>
        <source>Finance orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="186"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="193"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="194"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="195"/>
        <source>Self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="196"/>
        <source>Reviews and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="197"/>
        <source>Orders and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="198"/>
        <source>Result application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="209"/>
        <source>What you can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="278"/>
        <source>This subject no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="287"/>
        <source>%1, fiscal year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="291"/>
        <location filename="../ui/record/SubjectView.cpp" line="467"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="293"/>
        <source>Amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="298"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="299"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="299"/>
        <source>continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="301"/>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="303"/>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="305"/>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="308"/>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;Order in force: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="323"/>
        <source>No performance targets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="327"/>
        <source>&lt;b&gt;Annual objective&lt;/b&gt; (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="337"/>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="353"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="381"/>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="397"/>
        <source>No self-evaluation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="404"/>
        <source>&lt;b&gt;Self-evaluation&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="406"/>
        <source>Score %1, computed grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="408"/>
        <source>&lt;b&gt;Binding grade (finance): %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="420"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="447"/>
        <location filename="../ui/record/SubjectView.cpp" line="583"/>
        <source>%1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="456"/>
        <source>Graded %1%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="458"/>
        <source> (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="461"/>
        <source> Reason for the grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="464"/>
        <source>first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="465"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="490"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="490"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="513"/>
        <source>%1, change %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="517"/>
        <source>&lt;b&gt;Decision on %1&lt;/b&gt;: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="521"/>
        <source>&lt;b&gt;Decision on %1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="526"/>
        <source>This subject continues no program of the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="529"/>
        <source>&lt;b&gt;The predecessor&apos;s decision on %1&lt;/b&gt;: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="534"/>
        <source>&lt;b&gt;The predecessor&apos;s decision on %1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="581"/>
        <source>This subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="582"/>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="621"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="649"/>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="651"/>
        <source>Returning needs a comment saying what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="666"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="680"/>
        <location filename="../ui/record/SubjectView.cpp" line="695"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="683"/>
        <source>An order needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="697"/>
        <source>Outcome of the rectification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/record/SubjectView.cpp" line="698"/>
        <source>Lifting an order needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::TargetsEditor</name>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="81"/>
        <source>%1: %2    Fiscal year %3    Amount: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="95"/>
        <source>Annual overall &amp;objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="96"/>
        <source>&amp;Medium-term objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="100"/>
        <source>&amp;Receiving division (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="105"/>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="107"/>
        <source>Remove ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="109"/>
        <source>Copy &amp;last year&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="112"/>
        <source>This program continues no program of last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="113"/>
        <source>The targets of the program this one continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="119"/>
        <source>Enter moves to the next cell; Ctrl+V pastes rows copied from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123"/>
        <source>Level 1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123"/>
        <source>Level 2 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="123"/>
        <source>Level 3 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124"/>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="124"/>
        <source>Evaluation standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="125"/>
        <source>Content and explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="186"/>
        <source>Agency overall performance targets — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="187"/>
        <source>Performance target declaration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="248"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="248"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="252"/>
        <source>%1: “%2” is not a level 2 indicator of this year&apos;s framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="256"/>
        <source>%1: “%2” is not an operator (≥ ＞ ＝ ＜ ≤ or 定性).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="262"/>
        <source>%1: the target value “%2” is not a number (choose 定性 for a qualitative target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="267"/>
        <source>%1: the weight “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="269"/>
        <source>%1: the weight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="272"/>
        <source>%1: “%2” is not an evaluation standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="275"/>
        <source>A division code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="291"/>
        <source>The annual overall objective is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="295"/>
        <source>There are no indicators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="301"/>
        <source>Row %1: the level 3 indicator has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="303"/>
        <source>“%1…”: the name has %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="306"/>
        <source>Row %1: choose the level 2 indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="308"/>
        <source>Row %1: choose the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="310"/>
        <source>“%1”: the unit is required for a quantitative indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="312"/>
        <source>“%1”: the target value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="332"/>
        <source>budget execution rate %1 (scored in the self-evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="345"/>
        <source>Weights by class: %1; indicators in all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/TargetsEditor.cpp" line="359"/>
        <source>The program of last year has no targets to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/TargetsEditor.cpp" line="381"/>
        <source>%n indicator(s) copied from last year&apos;s targets; check the values for this year.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::TargetsPage</name>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="15"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="16"/>
        <source>Edit targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="41"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="44"/>
        <source>a new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="47"/>
        <source>Register a new program (policy, project or special transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="51"/>
        <source>the performance targets of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/targets/TargetsPage.cpp" line="52"/>
        <source>Write or change the performance targets of the chosen subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::TemplateExportDialog</name>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="13"/>
        <source>Export fill-in template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="15"/>
        <source>Write an Excel workbook of this stage for the clerks to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="43"/>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="128"/>
        <source>Export fill-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="51"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="69"/>
        <source> (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="73"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="79"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="80"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="81"/>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="82"/>
        <source>Monitoring up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="83"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="85"/>
        <source>The workbook lists the programs with what is recorded now, laid out like the official forms. Clerks fill the white columns in Excel; import it back with “Import from Excel…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="129"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="141"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="155"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateExportDialog.cpp" line="169"/>
        <source>%n program(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jx::TemplateImportDialog</name>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="16"/>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="18"/>
        <source>Check a filled-in template and import it, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="30"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="34"/>
        <source>Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="35"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="38"/>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="102"/>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="40"/>
        <source>A filled-in template (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47"/>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47"/>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47"/>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="47"/>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="219"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="60"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="73"/>
        <source>Choose a template exported from this program and filled in Excel. It is checked first; nothing is written while any problem remains, and then all of it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="103"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="120"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="193"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="194"/>
        <source>The workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="196"/>
        <source>%1: %n problem(s); nothing was imported. Correct them in Excel and check again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="202"/>
        <source>%1 program(s), %2 row(s): %3 record(s) to create, %4 to update, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="209"/>
        <source>%1 imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateImportDialog.cpp" line="211"/>
        <source>%1 checked, no problems. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jx::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101"/>
        <location filename="../core/workspace/Workspace.cpp" line="118"/>
        <source>%1 acts for another agency; this database belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="104"/>
        <source>Who acts needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="122"/>
        <source>%1 cannot act as %2 for %3, which is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169"/>
        <source>%1 belongs to another agency; only that agency continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="187"/>
        <source>%1 is not a program and follows no predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="189"/>
        <source>%1 cannot be its own predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="195"/>
        <source>%1 cannot follow %2, a program of another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="199"/>
        <source>%1 (%2) cannot follow %3 of %4: a predecessor is the program of the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213"/>
        <source>reading the programs that follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="216"/>
        <source>%1 is already continued by “%2”; a program has one successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="245"/>
        <source>There is no program with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="300"/>
        <source>%1 would belong to another agency; %2 writes only its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="312"/>
        <source>%1 is about a subject that does not exist (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="317"/>
        <source>%1 belongs to another agency; only that agency writes its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="329"/>
        <location filename="../core/workspace/Workspace.cpp" line="357"/>
        <source>%1 cannot be handed to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="351"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="372"/>
        <source>Indicator “%1” belongs to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="404"/>
        <source>The self-evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="408"/>
        <source>%1 needs a fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="433"/>
        <source>%1 belongs to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="454"/>
        <source>A decision on a program of %1 applies to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="465"/>
        <source>%1 cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="476"/>
        <source>There is no subject with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="503"/>
        <source>Unknown record kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="614"/>
        <source>Nothing was imported, because no backup of the database could be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="623"/>
        <location filename="../core/workspace/Workspace.cpp" line="636"/>
        <source>the programs of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Budget performance management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Language: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
