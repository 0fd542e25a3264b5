using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Goods named by a word no lexicon holds ("我在你们家买的那床被子到哪了", "我的蚕丝被还没到"): the short run of
/// Chinese characters where buyers name what they bought (after 我的, 买的, 那床, 那条…) and before what they say of it.
/// Ordinary words said in the same place ("我的快递", "买的东西", "那件红色的", "这两天") name no goods.
/// </summary>
internal static partial class GoodsPhrase
{
    public static string? In(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        foreach (Match named in Named().Matches(compact))
        {
            var noun = named.Groups["noun"].Value;
            if (!NotGoods().IsMatch(noun))
            {
                return noun;
            }
        }

        return null;
    }

    // A marker of one's own goods, a measure word, two to five characters that are neither particles, verbs nor
    // numbers, then what is said of them (where it is, that it broke, a question); never a description ("那件红色的").
    // Goods whose name holds 发 (沙发, 发夹) keep it whole: "布艺沙发什么时候" names a 布艺沙发, never a "布艺沙" shipped.
    [GeneratedRegex("(?:我的|买的|拍的|订的|(?:买|拍|订)了(?:一|两|[1-9])?(?:个|床|条|件|双|只|台|套|盏|把|张|块|顶|副|对)|(?:那|这)(?:个|床|条|件|双|只|台|套|盏|把|张|块|款|顶|副|对))(?<noun>(?:沙发|假发|发[夹圈绳带箍卡])|(?:沙发|假发|发[夹圈绳带箍卡]|[\\p{IsCJKUnifiedIdeographs}-[的了吗呢吧啊呀么嘛是在还没不有也都就才又怎咋什啥哪到发收退换坏给说问这那我你他她们要想能可会得过着和跟与及或哦一二两三四五六七八九十几半个件条只双套张把些点]]){2,5}?)(?=到哪|到了|在哪|怎么|咋|还没|还|呢|什么|啥|多久|几|没|坏|破|漏|发|寄|到$|吗|$|[，,。？?!！~])")]
    private static partial Regex Named();

    // Words a buyer says in that place that are no goods: the order and its parcel, ordering and paying ("那件 下单好几天了"),
    // money, people, time, the goods' attributes, the shop's own service, and what is said of a thing ("这个合理吗",
// "这个正常吗", "这样划算吗").
    [GeneratedRegex("下单|付款|支付|拍下|好几|好久|快递|订单|单号|单子|包裹|物流|东西|宝贝|商品|货|问题|钱|地址|电话|手机|号码|账号|发票|信息|客服|店|家|朋友|老公|老婆|爸|妈|孩子|儿子|女儿|同事|天|周|月|年|星期|时候|时间|颜色|尺码|尺寸|大小|型号|规格|质量|照片|图片|视频|截图|评价|运费|红包|优惠|券|积分|会员|链接|页面|价格|款式|样子|情况|事|合理|正常|合适|对劲|靠谱|划算|正规|合法|真的|可以|好用|好看|管用|耐用|值得|严重|麻烦|能用|靠得住")]
    private static partial Regex NotGoods();
}
