namespace SafetyPortal.Learning.Application;

/// <summary>An uploaded file as the use cases see it (the API hands over the form file's name and stream).</summary>
public sealed record MediaUpload(string FileName, Stream Content);
