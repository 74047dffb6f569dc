using Acornima.Ast;
using Jint;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>A parsed script, and whether it is a pure expression (<see cref="PureExpressions"/>).</summary>
internal sealed record CompiledScript(Prepared<Script> Prepared, bool Pure);
