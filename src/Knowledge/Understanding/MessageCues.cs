namespace ShopBot.Knowledge.Entities;

/// <summary>
/// How the buyer means what they say: which actions they ask for, refuse or only threaten, whether they correct
/// themselves, put something off, are in a hurry, and whether the parcel has arrived.
/// </summary>
public sealed record MessageCues
{
    public static MessageCues None { get; } = new();

    /// <summary>Actions asked for plainly: 快点发货 in "我不要退款！快点发货".</summary>
    public IReadOnlyList<BuyerAction> Asserted { get; init; } = [];

    /// <summary>Actions refused: 不要退款, 不退了, 别取消, 不用发票, 不是退款(，是…).</summary>
    public IReadOnlyList<BuyerAction> Negated { get; init; } = [];

    /// <summary>Actions under a condition, neither asked for nor refused: 如果再不发就退款, 不退的话….</summary>
    public IReadOnlyList<BuyerAction> Conditional { get; init; } = [];

    /// <summary>不是…是…, 说错了, 改成, 我是说: the message replaces something said before.</summary>
    public bool IsCorrection { get; init; }

    /// <summary>晚点, 待会, 等下, 明天再发, 现在不方便.</summary>
    public bool IsDeferral { get; init; }

    /// <summary>A photo or video is promised for later: 现在不方便拍，晚点发.</summary>
    public bool PhotoLater { get; init; }

    /// <summary>急用, 马上, 今天必须, 赶时间, 下周三之前要.</summary>
    public bool IsUrgent { get; init; }

    /// <summary>The date by which the buyer needs it, when given.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>已经收到了, 拿到了, 签收了.</summary>
    public bool AlreadyReceived { get; init; }

    /// <summary>没收到, 还没到, 显示签收但我没拿到.</summary>
    public bool NotReceived { get; init; }

    /// <summary>谁出, 多久, 几天, 手续费, 会寄给我吗: the buyer asks for a fact, which a policy or the order answers.</summary>
    public bool AsksForFact { get; init; }

    /// <summary>Any question: a fact asked for, or a yes-or-no question (能退吗, 周末能到吗？, 可不可以分期).</summary>
    public bool IsQuestion { get; init; }

    /// <summary>The buyer says they never got it, whatever the trace shows: 没收到货, 不是我签的, 压根没到 (not "还没到").</summary>
    public bool NeverGot { get; init; }

    public bool IsConditional => Conditional.Count > 0;

    /// <summary>A clause hangs on something that may not happen ("来不及的话我就退了", "到不了我就拒收"), whatever it asks for.</summary>
    public bool HasCondition { get; init; }
}
