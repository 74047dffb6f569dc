namespace SafetyPortal.Http.Tests.Risks;

public sealed record RiskPointRowDocument(Guid Id, Guid EnterpriseId, string? EnterpriseName, string CategoryCode, string Name, string Location,
    string Level, string Verification);

public sealed record RiskPointChangeDocument(string Kind, string? UserName, List<string> Changes, string? Reason);

public sealed record RiskPointCardDocument(Guid Id, Guid EnterpriseId, string CategoryCode, string Name, string Location, decimal Score,
    string Level, string Verification, string? ReturnReason, List<RiskPointChangeDocument> History, string ConcurrencyStamp);

public sealed record CategoryDocument(Guid Id, string Code, string Name, bool IsShared);

public sealed record RiskImportDocument(int TotalRows, int Created, int Updated, int Rejected, string? FileError, List<RiskImportErrorDocument> Errors);

public sealed record RiskImportErrorDocument(int Row, string Column, string Reason);

public sealed record RiskOverviewDocument(int Total, Dictionary<string, int> ByLevel, List<CountRowDocument> ByTown,
    List<MajorRiskEnterpriseDocument> MajorRiskEnterprises);

public sealed record CountRowDocument(Guid Id, string Name, int Count, int Major);

public sealed record MajorRiskEnterpriseDocument(Guid EnterpriseId, string? Name, string? TownName, int MajorCount, int Total);
