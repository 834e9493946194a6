#!/usr/bin/env python3
"""Writes the malformed JSON corpus (json/*.json) from base.json, the document TestMalformedJson
imports first. Each case breaks one thing; its expected one-line message is json/NAME.expected,
written by running TestMalformedJson with JIXIAO_RECORD_EXPECTED=1 and then read by a person.
Cases too large to keep in the repository (a 17 MiB program, a 3 GiB stream) are made by the test."""
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, 'base.json'), encoding='utf-8'))
out = os.path.join(here, 'json')
os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    if f.endswith('.json'):
        os.remove(os.path.join(out, f))

A = '0190a000-0000-7000-8000-00000000000a'
B = '0190a000-0000-7000-8000-00000000000b'


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1).encode('utf-8')


def write(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(out, name + '.json'), 'wb') as f:
        f.write(data)


def program(edit, index=0):
    """The base document with program @index edited; the other program stays."""
    doc = copy.deepcopy(base)
    edit(doc['programs'][index])
    return dump(doc)


def put(path, value, index=0):
    def edit(p):
        node = p
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return program(edit, index)


def remove(path, index=0):
    def edit(p):
        node = p
        for k in path[:-1]:
            node = node[k]
        del node[path[-1]]
    return program(edit, index)


good = dump(base)


def sub(old, new):
    assert old in good, old
    return good.replace(old, new, 1)

# Wrong types, section by section.
write('program-not-object', dump({**base, 'programs': [5]}))
write('programs-not-list', dump({**base, 'programs': {'a': 1}}))
write('name-number', put(['name'], 12))
write('name-missing', remove(['name']))
write('amount-number', put(['amount'], 1200000))
write('amount-bad-text', put(['amount'], '12..5'))
write('amount-negative', put(['amount'], '-5'))
write('amount-too-precise', put(['amount'], '1.001'))
write('amount-too-large', put(['amount'], '99999999999999999999'))
write('book-unknown', put(['book'], 'nowhere'))
write('kind-number', put(['kind'], 2))
write('new-text', put(['new'], 'yes'))
write('tags-text', put(['tags'], 'ppp'))
write('tags-element-number', put(['tags'], [1]))
write('tags-duplicate', put(['tags'], ['ppp', 'ppp']))
write('targets-number', put(['targets'], 5))
write('targets-text', put(['targets'], 'all'))
write('targets-list', put(['targets'], []))
write('indicators-object', put(['targets', 'indicators'], {}))
write('indicator-not-object', put(['targets', 'indicators'], ['养护里程']))
write('indicator-operator-unknown', put(['targets', 'indicators', 0, 'operator'], '≈'))
write('indicator-operator-missing', remove(['targets', 'indicators', 0, 'operator']))
write('qualitative-target-number', put(['targets', 'indicators', 1, 'target'], 5))
write('numeric-target-text', put(['targets', 'indicators', 0, 'target'], '一百二十'))
write('numeric-target-missing', remove(['targets', 'indicators', 0, 'target']))
write('weight-text', put(['targets', 'indicators', 0, 'weight'], '20'))
write('weight-negative', put(['targets', 'indicators', 0, 'weight'], -1))
write('category-unknown', put(['targets', 'indicators', 0, 'category'], '不存在的指标'))
write('indicator-duplicate-name', put(['targets', 'indicators', 1, 'name'], '养护里程'))
write('indicator-duplicate-id', put(['targets', 'indicators', 1, 'id'], '0190a000-0000-7000-8000-0000000000a1'))
write('indicator-deleted-unknown', put(['targets', 'indicators'],
                                       [{'name': '没有这个指标', 'deleted': True}]))
write('indicator-deleted-with-fields', put(['targets', 'indicators', 1, 'deleted'], True))
write('indicator-deleted-text', put(['targets', 'indicators', 1, 'deleted'], 'yes'))
write('entry-names-deleted-indicator', put(['targets', 'indicators'], [{'name': '养护里程', 'deleted': True}]))
write('monitoring-object', put(['monitoring'], {'month': 6}))
write('monitoring-month-fraction', put(['monitoring', 0, 'month'], 6.5))
write('monitoring-month-13', put(['monitoring', 0, 'month'], 13))
write('monitoring-month-text', put(['monitoring', 0, 'month'], '6'))
write('monitoring-duplicate-month', program(lambda p: p['monitoring'].append(copy.deepcopy(p['monitoring'][0]))))
write('monitoring-entries-text', put(['monitoring', 0, 'entries'], 'none'))
write('monitoring-executed-missing', remove(['monitoring', 0, 'executed']))
write('monitoring-entry-duplicate', program(lambda p: p['monitoring'][0]['entries'].append(
    copy.deepcopy(p['monitoring'][0]['entries'][0]))))
write('monitoring-unknown-indicator', put(['monitoring', 0, 'entries', 0, 'indicator'], '没有这个指标'))
write('likelihood-unknown', put(['monitoring', 0, 'entries', 0, 'likelihood'], 'maybe'))
write('progress-text', put(['monitoring', 0, 'entries', 0, 'progress'], '60%'))
write('selfevaluation-text', put(['selfEvaluation'], 'x'))
write('selfevaluation-list', put(['selfEvaluation'], [1]))
write('funds-object', put(['selfEvaluation', 'funds'], {}))
write('funds-executed-number', put(['selfEvaluation', 'funds', 0, 'executed'], 1080000))
write('funds-source-unknown', put(['selfEvaluation', 'funds', 0, 'source'], 'lottery'))
write('funds-overflow', put(['selfEvaluation', 'funds'],
                            [{'adjustedBudget': '9000000000000000', 'executed': '1'}] * 11))
write('evaluation-level-unknown', put(['selfEvaluation', 'entries', 1, 'level'], 'excellent'))
write('evaluation-entries-duplicate', program(lambda p: p['selfEvaluation']['entries'].append(
    copy.deepcopy(p['selfEvaluation']['entries'][0]))))
write('evaluation-score-text', put(['selfEvaluation', 'entries', 1, 'score'], '11分'))
write('evaluation-not-applicable-number', put(['selfEvaluation', 'entries', 0, 'notApplicable'], 1))
write('unknown-member', put(['selfEvalution'], {}))
write('unknown-member-in-indicator', put(['targets', 'indicators', 0, 'wieght'], 20))
write('duplicate-program-id', put(['id'], A, 1))
write('uuid-trailing-characters', put(['id'], A + 'xyz'))
write('uuid-braces', put(['id'], '{' + A + '}'))
write('uuid-number', put(['id'], 42))
# The header.
write('format-wrong', dump({**base, 'format': 'jixiao-budget'}))
write('version-text', dump({**base, 'version': '1'}))
write('version-fraction', dump({**base, 'version': 1.5}))
write('version-newer', dump({**base, 'version': 2}))
write('fiscal-year-text', dump({**base, 'fiscalYear': '2025'}))
write('fiscal-year-out-of-range', dump({**base, 'fiscalYear': 1999}))
write('header-missing', dump({'programs': base['programs']}))
# Bytes that are not strict JSON.
write('duplicate-key-in-program', sub(b'"code": "JT-01"', b'"code": "JT-01", "code": "JT-02"'))
write('duplicate-top-level-key', sub(b'"version": 1', b'"version": 1, "version": 1'))
write('number-trailing-dot', sub(b'"weight": 20', b'"weight": 20.'))
write('number-leading-dot', sub(b'"weight": 15', b'"weight": .5'))
write('number-leading-zero', sub(b'"weight": 20', b'"weight": 020'))
write('number-too-large', sub(b'"weight": 20', b'"weight": 1e400'))
write('nul-in-text', sub('完成养护110公里'.encode(), b'done\x00 110 km'))
write('escape-character-in-text', sub('调整施工计划'.encode(), b'\x1b[31mred'))
write('control-characters-shown-escaped', put(['book'], 'x\r\x1b[2J\u2028y'))
write('lone-surrogate', sub('明显改善'.encode(), b'\\ud800'))
write('invalid-utf8', sub('明显改善'.encode(), b'\xc0\x80'))
write('bad-escape', sub('明显改善'.encode(), b'\\x41'))
write('single-quotes', sub(b'"code": "JT-01"', b"'code': 'JT-01'"))
write('comment', sub(b'"code": "JT-01",', b'"code": "JT-01", // the code\n'))
# Truncations and other shapes.
write('empty', b'')
write('only-space', b'   \n')
write('not-an-object', b'[1, 2, 3]')
write('binary', b'PK\x03\x04\x14\x00\x06\x00')
write('truncated-in-header', good[:30])
write('truncated-in-program', good[:good.index(b'"monitoring"') + 5])
write('truncated-in-text', good[:good.index('调整施工计划'.encode()) + 3])
write('truncated-before-end', good.rstrip()[:-1])
write('missing-comma', sub(b'"code": "JT-01",', b'"code": "JT-01"'))
write('trailing-comma', sub(b'"procurement"', b'"procurement",'))
write('more-after-end', good + b'\n{}')
# Limits.
write('deep-nesting', put(['targets', 'objectiveMidTerm'], json.loads('[' * 40 + ']' * 40)))
write('nul-in-unknown-member', dump({**base, 'note': 'a'}).replace(b'"note": "a"', b'"note": "a\x00"'))
write('deep-nesting-top-level', dump({**base, 'extra': json.loads('[' * 40 + ']' * 40)}))
write('long-text', put(['name'], '长' * 30000))
write('long-list', put(['tags'], ['ppp'] * 10001))
