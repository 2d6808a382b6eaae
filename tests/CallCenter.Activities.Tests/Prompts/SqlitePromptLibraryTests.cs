namespace CallCenter.Activities.Tests.Prompts;

public sealed class SqlitePromptLibraryTests : PromptLibraryScenarios
{
    protected override Task<PromptHost> CreateHostAsync() => PromptHost.SqliteAsync();
}
