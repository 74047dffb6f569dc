namespace SafetyPortal.Browser.Tests.Infrastructure;

/// <summary>All browser tests share one portal and one Chromium (see BrowserFixture) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
