using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Files.Photos;
using SkiaSharp;

namespace SafetyPortal.Platform.Tests.Files;

public sealed class PhotoReaderTests
{
    private static readonly PhotoReader Reader = Build();

    [Fact]
    public void A_phone_photo_tells_when_and_where_it_was_taken()
    {
        var photo = PhoneJpeg.Make(64, 48, takenAt: "2026:11:30 09:15:30", offset: "+08:00", place: (22.5431, 114.0579));

        var facts = Reader.Read(new MemoryStream(photo), "现场.jpg");

        Assert.Equal(FileKind.Jpeg, facts.Kind);
        Assert.Equal((64, 48), (facts.Width, facts.Height));
        Assert.Equal(new DateTime(2026, 11, 30, 1, 15, 30, DateTimeKind.Utc), facts.TakenAtUtc);
        Assert.True(facts.HasLocation);
        Assert.Equal(22.5431, facts.Latitude!.Value, 4);
        Assert.Equal(114.0579, facts.Longitude!.Value, 4);
    }

    [Fact]
    public void A_photo_time_without_an_offset_is_read_as_China_time_and_a_photo_without_EXIF_has_no_time_or_place()
    {
        var noOffset = Reader.Read(new MemoryStream(PhoneJpeg.Make(32, 32, takenAt: "2026:06:01 20:00:00")), "a.jpg");
        var bare = Reader.Read(new MemoryStream(PhoneJpeg.Picture(32, 32)), "b.jpg");

        Assert.Equal(new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc), noOffset.TakenAtUtc);
        Assert.False(noOffset.HasLocation);
        Assert.Null(bare.TakenAtUtc);
        Assert.False(bare.HasLocation);
    }

    [Fact]
    public void A_photo_taken_with_the_phone_upright_is_measured_and_thumbnailed_upright()
    {
        // The sensor's 200×100 landscape pixels, to be turned 90° clockwise (EXIF orientation 6): 100 wide, 200 high.
        var photo = PhoneJpeg.Make(200, 100, orientation: 6);

        var facts = Reader.Read(new MemoryStream(photo), "竖拍.jpg");
        using var thumbnail = SKBitmap.Decode(Reader.Thumbnail(new MemoryStream(photo), "竖拍.jpg", maxEdge: 50));

        Assert.Equal((100, 200), (facts.Width, facts.Height));
        Assert.Equal((25, 50), (thumbnail.Width, thumbnail.Height));
        // The red left half of the sensor's picture is the top after the turn.
        Assert.True(IsRed(thumbnail.GetPixel(12, 5)), thumbnail.GetPixel(12, 5).ToString());
        Assert.True(IsBlue(thumbnail.GetPixel(12, 45)), thumbnail.GetPixel(12, 45).ToString());
    }

    [Fact]
    public void A_thumbnail_keeps_the_shape_and_a_small_photo_keeps_its_size()
    {
        using var large = SKBitmap.Decode(Reader.Thumbnail(new MemoryStream(PhoneJpeg.Picture(1600, 1200)), "大.jpg"));
        using var small = SKBitmap.Decode(Reader.Thumbnail(new MemoryStream(PhoneJpeg.Picture(120, 90)), "小.jpg"));

        Assert.Equal((PhotoReader.ThumbnailEdge, 240), (large.Width, large.Height));
        Assert.Equal((120, 90), (small.Width, small.Height));
    }

    [Fact]
    public void A_document_renamed_to_jpg_is_refused_naming_the_file()
    {
        var error = Assert.Throws<ValidationException>(() => Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("<html>not a photo</html>")), "整改照片.jpg"));

        Assert.Contains("整改照片.jpg", Assert.Single(error.Errors.ToDictionary()["file"]));
    }

    [Fact]
    public void A_photo_cut_off_in_its_header_is_refused_as_unreadable()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var photo = PhoneJpeg.Picture(64, 48);

        var error = Assert.Throws<ValidationException>(() => Reader.Read(new MemoryStream(photo[..40]), "断网.jpg"));

        Assert.Contains("断网.jpg", Assert.Single(error.Errors.ToDictionary()["file"]));
        Assert.Contains("无法读取", Assert.Single(error.Errors.ToDictionary()["file"]));
    }

    private static bool IsRed(SKColor color) => color.Red > 180 && color.Blue < 80;

    private static bool IsBlue(SKColor color) => color.Blue > 180 && color.Red < 80;

    private static PhotoReader Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<PhotoReader>();
        return services.BuildServiceProvider().GetRequiredService<PhotoReader>();
    }
}
