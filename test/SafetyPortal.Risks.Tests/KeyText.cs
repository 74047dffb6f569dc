using Microsoft.Extensions.Localization;

namespace SafetyPortal.Risks.Tests;

/// <summary>A localizer that answers with the key, so tests can see which message was chosen.</summary>
internal sealed class KeyText : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, name);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
