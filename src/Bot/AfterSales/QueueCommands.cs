using System.Text.RegularExpressions;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// What a buyer can say to the queue itself: leave it (算了, 不用了), ask where they stand (排到几位了, 还要等多久), or rate a
/// closed case from 1 to 5.
/// </summary>
public static partial class QueueCommands
{
    public static bool Cancels(string normalizedText)
    {
        var text = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        // "哦 没事了 刚才想问的自己找到了", "不需要了 已经解决了": nothing is needed any more, and nothing new is asked.
        return Cancel().IsMatch(text) || (NoLongerNeeded().IsMatch(text) && !AsksSomethingElse().IsMatch(text));
    }

    /// <summary>"排到几位了", "还要等多久"; never "还要等多久才发", which asks about the parcel and is answered from the order.</summary>
    public static bool AsksPosition(string normalizedText)
    {
        var text = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return Position().IsMatch(text) && !AboutTheParcel().IsMatch(text);
    }

    /// <summary>A rating of 1 to 5 when that is all the text says ("5", "5分", "五星", "打4分", "5星好评").</summary>
    public static int? Rating(string normalizedText)
    {
        var match = RatingPattern().Match(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value[0];
        return char.IsAsciiDigit(value) ? value - '0' : "一二三四五".IndexOf(value, StringComparison.Ordinal) + 1;
    }

    // "算了 不要了 不买了": giving up said in several short words, each of which would leave the queue on its own.
    [GeneratedRegex("^(我?(算了|不用了|不要了|不买了|不想要了|不想买了|不用人工|不要人工|取消转人工|取消排队|不排了|不等了)(吧|了|谢谢|啦|[，,。.!！~～])*)+$")]
    private static partial Regex Cancel();

    // "哦好了好了 弄上了 不用了", "装好了 谢谢", "我老公弄好了 不用了": fixed while waiting, so nothing is left for the person.
    // "算了算了 没啥事 就是包包挺好看的 哈哈": nothing wrong, only praise, so the person is not needed either.
    [GeneratedRegex("^(哦|噢|喔|嗯|好|好的|好了|可以了|行了|那|额|呃|啊|算了)*[，,。.!！~～]*((没事|没啥事|没什么事)(了|啦)?|(不需要|不用|不麻烦|不用麻烦)(了|啦)|问题(已经)?解决了)[，,。.!！~～]*(.{0,24}(找到|解决|搞定|弄好|弄明白|知道|明白|看到|会了|好了|谢谢|自己|不用|没事|好看|喜欢|挺好|不错|满意|哈哈).{0,8})?$|^(我)?(已经)?自己(找到|解决|搞定|弄好|弄明白|查到)了"
        + "|^(哦|噢|喔|嗯|好|好的|好了|可以了|行了|额|呃|啊)*[，,。.!！~～]*(我)?(家)?(老公|老婆|爱人|媳妇|对象|男朋友|女朋友|儿子|女儿|孩子|家里人|家人|朋友|同事|室友|妈|爸|妈妈|爸爸)?(已经)?(帮我)?(自己)?(弄|装|搞|修|安|调|整|接|卡|插|拼|按)(好|上|定|进去|明白|出来|通|对)(了|啦)[，,。.!！~～]*(没事了|不用了|不需要了|没问题了|可以了|谢谢(你|您|啦)?|(不用|不需要)(人工|麻烦)了)*[，,。.!！~～]*$")]
    private static partial Regex NoLongerNeeded();

    /// <summary>"没事了 我要退款", "不用了 那发票怎么开": a new need beside the words that would leave the queue.</summary>
    [GeneratedRegex("吗|么|\\?|？|怎么|退|换|改|查一下|发票|补偿|催|投诉|还是要|但是|不过")]
    private static partial Regex AsksSomethingElse();

    [GeneratedRegex("(排到几|排第几|排在第几|第几位|几位了|还要等多久|还要多久|还需要多久|还得等多久|等多久|要等多长时间|前面还有几|前面还有多少|多久轮到我|什么时候轮到我|什么时候到我)")]
    private static partial Regex Position();

    [GeneratedRegex("(多久|多长时间)(才|能|可以|才能)?(发|到|寄|出库|退|送|收到)")]
    private static partial Regex AboutTheParcel();

    [GeneratedRegex("^(给你|给您|给|打|评|评分)?(?<n>[1-5一二三四五])(分|星|颗星)?(好评|吧)?$")]
    private static partial Regex RatingPattern();
}
