using System.Globalization;

namespace SafetyPortal.Platform.Text;

/// <summary>
/// Texts written as data rather than shown to the reader (notices to other people, checklist items) are in Chinese,
/// whatever the language of the request that wrote them: <c>using (UiCulture.Chinese()) { ... }</c>.
/// </summary>
public static class UiCulture
{
    public static IDisposable Chinese() => new Scope(CultureInfo.GetCultureInfo("zh-CN"));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
