namespace SafetyPortal.Bench.City;

/// <summary>One staff row: a valid ID-card number (GB 11643) and a mobile number, both unique in the city.</summary>
public sealed record GeneratedPerson(int Index, int Enterprise, string Name, string IdCardNumber, string Mobile, string? Department,
    string Position, string? Role);
