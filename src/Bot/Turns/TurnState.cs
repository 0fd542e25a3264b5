namespace ShopBot.Bot.Turns;

/// <summary>Values the steps of one turn share, one per type (e.g. <see cref="EscalationRequest"/>).</summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[typeof(T)] = value;
    }

    public T? Get<T>()
        where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
