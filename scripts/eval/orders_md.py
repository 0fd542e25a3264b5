#!/usr/bin/env python3
"""orders_md.py [CSV] > ORDERS.md: the sample export as a readable list of buyers and their orders, for writers and
judges of buyer conversations (who never read the code)."""
import collections, csv, sys

path = sys.argv[1] if len(sys.argv) > 1 else "knowledge-base/orders/taobao-orders-sample.csv"
rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
by_buyer = collections.OrderedDict()
for row in rows:
    by_buyer.setdefault(row["买家会员名"], []).append(row)

out = ["# 买家和他们的订单（样例店铺）", "",
       "现在是 **2026-11-22 周日 10:00（北京时间）**。店铺发货承诺：付款后 72 小时内发货。", ""]
for buyer, orders in by_buyer.items():
    out.append(f"## {buyer}")
    for o in orders:
        oid = o["订单编号"].strip('="')
        unpaid = o["买家实际支付金额"] in ("0.00", "0")
        money = f"金额 {o['总金额']} 元（未付款）" if unpaid else f"实付 {o['买家实际支付金额']} 元（邮费 {o['买家应付邮费']}）"
        line = f"- 订单 {oid}：{o['宝贝标题']} ×{o['宝贝总数量']}，{money}，店铺 {o['店铺名称']}；状态「{o['订单状态']}」"
        if o["退款状态"]:
            line += f"，退款「{o['退款状态']}」"
        line += f"；下单 {o['订单创建时间']}"
        if o["订单付款时间"]:
            line += f"，付款 {o['订单付款时间']}"
        if o["发货时间"]:
            line += f"，发货 {o['发货时间']}"
        if o["物流单号"]:
            line += f"，{o['物流公司']} {o['物流单号']}"
        elif o["发货时间"]:
            line += f"，{o['物流公司']}（物流单号暂未同步）"
        line += f"；收货人 {o['收货人姓名']} {o['联系手机']}，{o['收货地址']}"
        if o["订单备注"]:
            line += f"；买家备注：{o['订单备注']}"
        out.append(line)
    out.append("")
print("\n".join(out))
