namespace SafetyPortal.Web.Hosting;

/// <summary>
/// What the command line asks for: serve (default), or "seed [--demo]" to seed an existing database and exit.
/// HostArgs are the rest, read as configuration (--Database:Provider=MySql ...).
/// </summary>
public sealed record PortalCommand(bool Seed, bool Demo, string[] HostArgs)
{
    public static PortalCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "seed")
        {
            return new PortalCommand(false, false, args);
        }
        var rest = args.Skip(1).ToList();
        var demo = rest.Remove("--demo");
        return new PortalCommand(true, demo, [.. rest]);
    }
}
