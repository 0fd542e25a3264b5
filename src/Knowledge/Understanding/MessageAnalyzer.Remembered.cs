using System.Collections.Concurrent;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// A line is read once for one list of orders on one day: the need splitter reads the whole line and each side of
/// every cut, the turn then reads the need it kept (often the same line or side), and flows read an order's own address
/// on every turn. The reading depends on the text, the orders and the day alone (the lexicons never change after
/// construction), so the facts are kept and shared; like <see cref="TextMemory{T}"/>, bounded, and never changed by a caller.
/// </summary>
public sealed partial class MessageAnalyzer
{
    private readonly ConcurrentDictionary<Reading, MessageFacts> _read = new();

    /// <param name="text">What the buyer typed, as typed.</param>
    /// <param name="buyerOrders">
    /// This buyer's orders only, in the order they were listed to the buyer (ordinals such as 第二个 count in it).
    /// The orders are known by the list itself: the order book's lists never change, so the same list is the same orders.
    /// </param>
    /// <param name="now">The shop's clock, for 昨天, 上周五 and deadlines (read in Asia/Shanghai).</param>
    public MessageFacts Analyze(string text, IReadOnlyList<Order> buyerOrders, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(buyerOrders);
        var today = ShanghaiTime.DateOf(now);
        if (text.Length > TextMemory<MessageFacts>.RememberedLength)
        {
            return Read(text, buyerOrders, today);
        }

        var reading = new Reading(text, buyerOrders, today);
        if (_read.TryGetValue(reading, out var known))
        {
            return known;
        }

        if (_read.Count >= TextMemory<MessageFacts>.Capacity)
        {
            _read.Clear();
        }

        return _read.GetOrAdd(reading, Read(text, buyerOrders, today));
    }

    /// <summary>A line, the very list of orders it was read against (by reference, never by content) and the day.</summary>
    private readonly struct Reading(string text, IReadOnlyList<Order> orders, DateOnly today) : IEquatable<Reading>
    {
        private readonly string _text = text;
        private readonly IReadOnlyList<Order> _orders = orders;
        private readonly DateOnly _today = today;

        public bool Equals(Reading other) =>
            ReferenceEquals(_orders, other._orders) && _today == other._today && string.Equals(_text, other._text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Reading other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(string.GetHashCode(_text, StringComparison.Ordinal), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_orders), _today);
    }
}
