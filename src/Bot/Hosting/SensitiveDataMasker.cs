using Serilog.Core;
using Serilog.Events;

namespace ShopBot.Bot.Hosting;

/// <summary>
/// Runs every string property of every log event, nested values included, through <see cref="LogText.Render"/>:
/// personal data masked, line breaks and other control characters shown escaped, long text cut. The one place for
/// this, so no call site has to remember it.
/// </summary>
public sealed class SensitiveDataMasker : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var masked = Mask(value);
            if (!ReferenceEquals(masked, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
            }
        }
    }

    private static LogEventPropertyValue Mask(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var masked = LogText.Render(text);
                return masked == text ? value : new ScalarValue(masked);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Mask).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Mask(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value)) ? value : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements.Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>(p.Key, Mask(p.Value))).ToList();
                return pairs.Select(p => p.Value).SequenceEqual(dictionary.Elements.Select(p => p.Value)) ? value : new DictionaryValue(pairs);
            default:
                return value;
        }
    }
}
