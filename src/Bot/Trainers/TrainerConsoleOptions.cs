namespace ShopBot.Bot.Trainers;

/// <summary>
/// The trainers of the <c>Consoles</c> section. The keys in <c>appsettings.json</c> are for development only; a real
/// deployment replaces them through environment variables (<c>Consoles__Trainers__0__Key</c>, <c>..__Name</c>).
/// </summary>
public sealed class TrainerConsoleOptions
{
    public const string Section = "Consoles";

    /// <summary>Keys starting with this are the shipped development keys, refused outside Development.</summary>
    public const string DevelopmentKeyPrefix = "dev-";

    public const int MinimumKeyLength = 24;

    public IList<TrainerKey> Trainers { get; } = [];
}
