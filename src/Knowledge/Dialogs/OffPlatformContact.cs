using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "加个微信细聊吧 我微信就是手机号", "留个电话 打给我", "把你们老板微信给我" while the buyer waits for a person: talking outside the platform is
/// declined politely (the shop's rule, every talk stays in Taobao chat), and the person who comes answers here.
/// </summary>
public static partial class OffPlatformContact
{
    public const string QueuedTemplate = "listen_open.off_platform_contact_queued";

    /// <summary>The policy entry that answers the question on its own ("加个微信呗 以后买东西方便").</summary>
    public const string PolicyId = "off-platform-contact";

    public static bool TryDeclineWhileQueued(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsAsked(context.Compact))
        {
            return false;
        }

        context.Say(QueuedTemplate);
        return true;
    }

    /// <summary>"加个微信发照片给你", "留个电话": the buyer asks to talk outside the platform.</summary>
    public static bool IsAsked(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        // "中通放驿站也不打电话": a courier who did not call is complained of, nobody asks to be called; "打电话给圆通也说查不到":
        // the buyer called the courier, and asks the shop to look, never to be called.
        return Asked().IsMatch(CourierCalled.Without(UncalledDelivery.Without(compactText)));
    }

    [GeneratedRegex("(加|添加|留|给)(一下)?(你|你的|个|我|我的)?(的)?(微信|vx|wx|v信|威信|qq|扣扣)|(微信|vx|wx|qq)(上)?(细聊|聊|联系|沟通|谈|说)|(?<!顺丰|快递|小哥|员|师傅|他|她|骑手|中通|圆通|韵达|申通|京东|邮政|网点|物流|驿站)(打|拨)(我|个)?(的)?(电话|手机)(?!说|来|过来|通知)|电话(里)?(细聊|聊|联系|沟通|谈)|留(个|一下|下)?(你们的|你的)?(电话|手机号)|有(没有)?(微信|vx|qq)|私聊|(微信|vx|wx|qq)(号)?(给|发|留)(我|一下)|(老板|店长|主管|经理|负责人)的?(微信|vx|wx|qq|电话|手机)")]
    private static partial Regex Asked();
}
