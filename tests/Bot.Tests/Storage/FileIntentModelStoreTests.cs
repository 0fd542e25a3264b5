using Microsoft.Extensions.Options;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Tests.Storage;

public sealed class FileIntentModelStoreTests : IntentModelStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shopbot-models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override IIntentModelStore CreateStore() =>
        new FileIntentModelStore(new KnowledgeBasePaths(_folder), Options.Create(new IntentModelOptions { ModelPath = Path.Combine(_folder, "artifacts", "intent-model.zip") }));
}
