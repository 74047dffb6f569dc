using SafetyPortal.Platform.Modularity;

namespace SafetyPortal.Platform.Tests.Data;

/// <summary>A module with nothing of its own: the context's model is the kernel's tables plus the tests' own configurations.</summary>
internal sealed class EmptyModule : PortalModule
{
    public override string Name => "Test";
}
