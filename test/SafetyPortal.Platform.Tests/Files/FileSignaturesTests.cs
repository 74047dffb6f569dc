using SafetyPortal.Platform.Files;

namespace SafetyPortal.Platform.Tests.Files;

public sealed class FileSignaturesTests
{
    [Theory]
    [InlineData("FFD8FFE0", FileKind.Jpeg)]
    [InlineData("474946383961", FileKind.Gif)]
    [InlineData("52494646000000005745425056503820", FileKind.Webp)]
    [InlineData("255044462D312E37", FileKind.Pdf)]
    [InlineData("0000001C6674797069736F6D", FileKind.Mp4)]
    [InlineData("1A45DFA3", FileKind.Webm)]
    [InlineData("504B0304", FileKind.OfficeOpenXml)]
    [InlineData("3C7363726970743E", FileKind.Unknown)]
    public void Files_are_recognised_by_their_first_bytes(string hex, FileKind expected) =>
        Assert.Equal(expected, FileSignatures.Detect(Convert.FromHexString(hex)));
}
