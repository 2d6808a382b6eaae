using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Activities.Tests.Prompts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPromptLibraryTests(PostgresServer server) : PromptLibraryScenarios
{
    protected override Task<PromptHost> CreateHostAsync() => PromptHost.PostgresAsync(server);
}
