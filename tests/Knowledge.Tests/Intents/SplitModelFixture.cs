using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

/// <summary>
/// A model trained on four fifths of the examples (every fifth example of each intent held back) and one trained
/// on all of them, trained once for every test that needs them.
/// </summary>
public sealed class SplitModelFixture
{
    public SplitModelFixture()
    {
        var examples = IntentExampleSet.Load(KnowledgeBase.Paths.Intents).Examples;
        var indexed = examples.GroupBy(e => e.Intent).SelectMany(g => g.Select((example, i) => (example, heldOut: i % 5 == 4))).ToList();
        Training = indexed.Where(p => !p.heldOut).Select(p => p.example).ToList();
        HeldOut = indexed.Where(p => p.heldOut).Select(p => p.example).ToList();
        var trainer = new IntentModelTrainer(KnowledgeBase.Normalizer);
        SplitModel = trainer.Train(Training);
        FullModel = trainer.Train(examples);
    }

    public IReadOnlyList<IntentExample> Training { get; }

    public IReadOnlyList<IntentExample> HeldOut { get; }

    public TrainedIntentModel SplitModel { get; }

    public TrainedIntentModel FullModel { get; }
}

[CollectionDefinition(Name)]
public sealed class SplitModelCollection : ICollectionFixture<SplitModelFixture>
{
    public const string Name = "trained intent models";
}
