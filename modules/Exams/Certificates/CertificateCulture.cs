using System.Globalization;

namespace SafetyPortal.Exams.Certificates;

/// <summary>Certificates are written in Chinese whatever the UI language of the request or job that makes them (official paper).</summary>
public static class CertificateCulture
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Switches the UI culture to Chinese until disposed.</summary>
    public static IDisposable Use() => new Scope(CultureInfo.CurrentUICulture);

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _previous;

        public Scope(CultureInfo previous)
        {
            _previous = previous;
            CultureInfo.CurrentUICulture = Chinese;
        }

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
