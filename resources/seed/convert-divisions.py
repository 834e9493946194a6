#!/usr/bin/env python3
"""Converts the National Bureau of Statistics division lists (provinces.csv, cities.csv,
areas.csv; see SOURCE.md) into divisions.csv, the seed Jixiao loads on `init`.

Output columns: code (6 digits), name, rank (1 region/province, 2 prefecture, 3 county),
parent_code, valid_from, valid_to (years; 0 = unknown start / still in use).

Placeholder prefecture rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not divisions:
their counties hang directly under the province. Known deeper nesting and historical
codes are applied from the tables below.

usage: convert-divisions.py SOURCE_DIR > divisions.csv
"""
import csv
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# A prefecture administered by another prefecture: 伊犁州 administers 塔城地区 and 阿勒泰地区.
PARENT_OVERRIDES = {"654200": "654000", "654300": "654000"}

# Codes that changed: (code, name, rank, parent, valid_from, valid_to).
HISTORICAL = [
    ("652100", "吐鲁番地区", 2, "650000", 0, 2014),
    ("652200", "哈密地区", 2, "650000", 0, 2015),
]
VALID_FROM = {"650400": 2015, "650500": 2016}


def main(src):
    rows = []
    with open(f"{src}/provinces.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append((r["code"] + "0000", r["name"], 1, ""))
    skipped = set()
    with open(f"{src}/cities.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] in PLACEHOLDERS:
                skipped.add(r["code"])
                continue
            code = r["code"] + "00"
            rows.append((code, r["name"], 2, PARENT_OVERRIDES.get(code, r["provinceCode"] + "0000")))
    with open(f"{src}/areas.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["code"] == r["cityCode"] + "00":
                continue  # a city without counties (东莞, 中山, 儋州) is listed again as its own county
            parent = r["provinceCode"] + "0000" if r["cityCode"] in skipped else r["cityCode"] + "00"
            rows.append((r["code"], r["name"], 3, parent))

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "rank", "parent_code", "valid_from", "valid_to"])
    for code, name, rank, parent in rows:
        out.writerow([code, name, rank, parent, VALID_FROM.get(code, 0), 0])
    for row in HISTORICAL:
        out.writerow(list(row))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
