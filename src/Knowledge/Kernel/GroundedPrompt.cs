using Microsoft.SemanticKernel.ChatCompletion;
using ShopBot.Knowledge.Policies;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// The chat for a grounded answer: the shop's voice and limits, the retrieved policy entries, then the buyer's
/// question as the user's message (never spliced into the instructions, so it cannot rewrite them).
/// </summary>
public static class GroundedPrompt
{
    private const string Instructions = """
        你是本店的售后客服助手，请用亲切、简洁的中文回答买家，控制在一百二十字以内。
        只能依据下面列出的店铺规则回答；规则没有写到的内容不要猜，告诉买家会请人工客服确认。
        不要对到货时间、处理结果或补偿金额作任何承诺，不要用“最”“第一”“全网最低”之类的绝对化说法，
        不要请买家到平台以外付款或联系。
        问题涉及买家自己的订单时，可以用订单工具查询；工具只能查到当前买家本人的订单，查不到就如实说明，
        不要提及任何其他人的订单或个人信息。
        """;

    public static ChatHistory Build(IReadOnlyList<PolicyEntry> entries, string question)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(question);
        var history = new ChatHistory($"{Instructions}\n\n店铺规则：\n{PoliciesPlugin.Format(entries)}");
        history.AddUserMessage(question);
        return history;
    }
}
