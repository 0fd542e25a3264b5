using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The words the invoice flow reads a line by.</summary>
public sealed partial class InvoiceFlow
{
    [GeneratedRegex("(?:跟|随|和|同|连)着?(?:货|商品|东西|包裹|快递)|一起(?:寄|发|送|邮)|一块(?:寄|发)|放(?:在)?(?:包裹|箱子|盒子)里|随货")]
    private static partial Regex WithTheGoods();

    [GeneratedRegex("开错|重开|重新开|换开|改开|红冲|作废|抬头错|抬头写错|抬头不对|开成(了)?个人|开成(了)?公司")]
    private static partial Regex ReissueWords();

    [GeneratedRegex("开了(吗|没|嘛)|开没开|开好了|开出来|开好没|发票呢|收到发票|没收到发票|(邮箱|邮件).{0,6}(没|木有)(有)?收到|发票(什么时候|啥时候|多久)(到|开|发)|进度|怎么还没|还没(收到|开)")]
    private static partial Regex StatusWords();

    [GeneratedRegex("我是(?<run>[\\u4e00-\\u9fff]{2,4})|我叫(?<run>[\\u4e00-\\u9fff]{2,4})")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex("(写|开|填|用)(成)?(我|我的|我自己的?|本人)(的)?(名字|姓名|真名)|抬头(就)?(写|是|开|填|用)?(我|本人|我自己)(的名字|的姓名|本人)?$|个人抬头(就)?(写|是|开)?(我|本人|我自己)")]
    private static partial Regex SelfTitle();

    [GeneratedRegex("(能|可以|能不能|可不可以)开(发票|票|专票|普票|纸质|电子)?(吗|嘛|么)|开不开(发票|票)|有(没有)?发票(吗|嘛)?|给开(发票|票)(吗|嘛)")]
    private static partial Regex CanIssueQuestion();
}
