using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Platform.Tests.Settings;

public sealed class WholeNumberSettingsTests
{
    private sealed class OneSetting(string? value) : ISettingProvider
    {
        public Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(value);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData(" 12 ", 12)]
    [InlineData("365", 365)]
    [InlineData(null, 7)]
    [InlineData("", 7)]
    [InlineData("0", 7)]
    [InlineData("366", 7)]
    [InlineData("2.5", 7)]
    [InlineData("seven", 7)]
    public async Task A_whole_number_within_its_bounds_is_taken_and_anything_else_falls_back(string? stored, int expected) =>
        Assert.Equal(expected, await new OneSetting(stored).GetWholeNumberAsync("Days", 7, 1, 365));
}
