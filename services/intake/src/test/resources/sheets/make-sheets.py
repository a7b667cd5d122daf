#!/usr/bin/env python3
"""Writes the UTF-8 CSV sources of the signing-sheet fixtures, as a 招商 office lays out its list:
a title row and a note above the header, Chinese titles with units in full- or half-width brackets.
make-fixtures.sh turns them into .xlsx and GBK CSV with LibreOffice."""
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def credit_code(first16):
    body = first16[8:]
    s = sum((int(c) if c.isdigit() else ord(c) - ord('A') + 10) * w for c, w in zip(body, ORG_WEIGHTS))
    check = 11 - s % 11
    seventeen = first16 + {10: 'X', 11: '0'}.get(check, str(check))
    total = sum(ALPHABET.index(c) * w for c, w in zip(seventeen, WEIGHTS))
    return seventeen + ALPHABET[(31 - total % 31) % 31]


TITLE = "2025中国产业转移发展对接活动（广西）签约项目汇总表"
NOTE = "填报单位：北海市投资促进局　　填报日期：2025年7月21日"
HEADER = ["序号", " 项目编号 ", "项目名称", "投资方", "统一社会信用代码", "投资方所在地", "项目落地地",
          "所属园区", "国民经济行业代码", "总投资（万元）", "签约日期", "预计用工（人）", "用地面积(亩)",
          "年用电量（万千瓦时）", "计划开工日期"]
# signedOn and plannedCommencement in the ways offices type them; LibreOffice turns 2025/7/20 into a date cell
ROWS = [
    ["GX-S-001", "年产20GW光伏组件项目", "深圳市华阳新能源科技有限公司", "440300", "北海市", "铁山港工业区",
     "3825", "150000", "2025/7/20", "1200", "600", "12000", "2025/12/31"],
    ["GX-S-002", "锂电池正极材料项目", "广州市锦程材料有限公司", "广东省广州市", "450500", "",
     "3985", "12345.6789", "2025-07-19", "300", "100", "850.5", "2026年3月1日"],
    ["GX-S-003", "铝型材深加工项目", "佛山市南海铝业有限公司", "佛山市", "广西壮族自治区北海市", "合浦工业园区",
     "33", "8000", "2025.7.18", "", "45.5", "", ""],
    ["GX-S-004", "跨境电商产业园项目", "东莞市汇通贸易有限公司", "东莞市", "南宁市", "",
     "5292", "0.01", "2025年7月20日", "80", "", "", "2025-10-01"],
    ["GX-S-005", "农产品冷链物流基地", "湛江市海丰农业发展有限公司", "深圳市", "钦州市", "",
     "农业", "25000", "2025/7/20", "150", "150", "200", "2025/9/1"],
]


def row_with_code(index, row):
    # letters in the code, as real ones have: an all-digit one would become a number in Excel
    code = credit_code("91440300MA5F%04d" % index)
    return [str(index + 1), row[0], row[1], row[2], code] + row[3:]


def quote(cell):
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n') else cell


def write(path, rows, header=HEADER, above=(TITLE, NOTE)):
    with open(path, "w", encoding="utf-8", newline="") as out:
        for line in above:
            out.write(quote(line) + "\r\n")
        out.write(",".join(quote(c) for c in header) + "\r\n")
        for row in rows:
            out.write(",".join(quote(c) for c in row) + "\r\n")
        out.write(",,,\r\n,,,\r\n")


def many(count):
    for i in range(count):
        base = ROWS[i % len(ROWS)]
        row = ["GX-M-%05d" % (i + 1)] + base[1:]
        yield row_with_code(i, row)


if __name__ == "__main__":
    target = sys.argv[1]
    write(target + "/signings-zh.csv", [row_with_code(i, r) for i, r in enumerate(ROWS)])
    mistakes = [row_with_code(i, list(r)) for i, r in enumerate(ROWS)]
    # five kinds of mistakes; the sheet's rows 4-8 (title, note and header above)
    mistakes[0][6] = "火星市"              # row 4, 项目落地地: no such region
    mistakes[1][9] = "12345.67891"         # row 5, 总投资（万元）: not whole yuan
    mistakes[2][10] = "2025/13/40"         # row 6, 签约日期: no such day
    mistakes[3][12] = "很多"                # row 7, 用地面积(亩): not a number
    mistakes[4][4] = "91440300MA5XXXXX"    # row 8, 统一社会信用代码: 16 characters
    write(target + "/signings-mistakes.csv", mistakes)
    write(target + "/signings-10000.csv", list(many(10_000)))
