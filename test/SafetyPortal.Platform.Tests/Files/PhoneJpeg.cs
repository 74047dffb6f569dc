using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>
/// A JPEG as a phone writes it: the picture (Skia-encoded, left half red, right half blue, so a turn shows) and an APP1
/// EXIF block with the orientation, DateTimeOriginal with OffsetTimeOriginal, and GPS latitude/longitude as degrees,
/// minutes, seconds rationals. Little-endian TIFF, laid out by the EXIF 2.32 specification.
/// </summary>
internal static class PhoneJpeg
{
    public static byte[] Make(int width, int height, ushort orientation = 1, string? takenAt = null, string? offset = null,
        (double Latitude, double Longitude)? place = null)
    {
        var picture = Picture(width, height);
        var exif = Exif(orientation, takenAt, offset, place);
        var app1 = new byte[4 + exif.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(app1, 4);
        // After the SOI marker (FF D8), before whatever the encoder wrote next.
        return [.. picture[..2], .. app1, .. picture[2..]];
    }

    public static byte[] Picture(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static byte[] Exif(ushort orientation, string? takenAt, string? offset, (double Latitude, double Longitude)? place)
    {
        var tiff = new Tiff();
        var ifd0 = new List<Entry> { Entry.Short(0x0112, orientation) };
        var exif = new List<Entry>();
        if (takenAt is not null)
        {
            exif.Add(Entry.Ascii(0x9003, takenAt));
        }
        if (offset is not null)
        {
            exif.Add(Entry.Ascii(0x9011, offset));
        }
        var gps = new List<Entry>();
        if (place is { } p)
        {
            gps.Add(Entry.Ascii(0x0001, p.Latitude >= 0 ? "N" : "S"));
            gps.Add(Entry.Rationals(0x0002, Dms(Math.Abs(p.Latitude))));
            gps.Add(Entry.Ascii(0x0003, p.Longitude >= 0 ? "E" : "W"));
            gps.Add(Entry.Rationals(0x0004, Dms(Math.Abs(p.Longitude))));
        }
        if (exif.Count > 0)
        {
            ifd0.Add(Entry.Pointer(0x8769, exif));
        }
        if (gps.Count > 0)
        {
            ifd0.Add(Entry.Pointer(0x8825, gps));
        }
        return [.. "Exif\0\0"u8, .. tiff.Write(ifd0)];
    }

    private static (uint, uint)[] Dms(double degrees)
    {
        var d = Math.Floor(degrees);
        var m = Math.Floor((degrees - d) * 60);
        var s = ((degrees - d) * 60 - m) * 60;
        return [((uint)d, 1), ((uint)m, 1), ((uint)Math.Round(s * 10000), 10000)];
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value, List<Entry>? Child = null)
    {
        public static Entry Short(ushort tag, ushort value) => new(tag, 3, 1, BitConverter.GetBytes(value));

        public static Entry Ascii(ushort tag, string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text + "\0");
            return new(tag, 2, (uint)bytes.Length, bytes);
        }

        public static Entry Rationals(ushort tag, (uint Numerator, uint Denominator)[] values) =>
            new(tag, 5, (uint)values.Length, values.SelectMany(v => BitConverter.GetBytes(v.Numerator).Concat(BitConverter.GetBytes(v.Denominator))).ToArray());

        public static Entry Pointer(ushort tag, List<Entry> child) => new(tag, 4, 1, new byte[4], child);
    }

    /// <summary>Writes IFDs depth-first: each directory, then its values too long to sit in an entry, then its children.</summary>
    private sealed class Tiff
    {
        private readonly MemoryStream output = new();

        public byte[] Write(List<Entry> ifd0)
        {
            output.Write("II*\0"u8);
            output.Write(BitConverter.GetBytes(8u));
            WriteDirectory(ifd0);
            return output.ToArray();
        }

        private void WriteDirectory(List<Entry> entries)
        {
            var start = (uint)output.Length;
            var dataStart = start + 2 + 12 * (uint)entries.Count + 4;
            var data = new MemoryStream();
            var children = new List<(long Slot, List<Entry> Child)>();
            output.Write(BitConverter.GetBytes((ushort)entries.Count));
            foreach (var entry in entries.OrderBy(e => e.Tag))
            {
                output.Write(BitConverter.GetBytes(entry.Tag));
                output.Write(BitConverter.GetBytes(entry.Type));
                output.Write(BitConverter.GetBytes(entry.Count));
                if (entry.Child is not null)
                {
                    children.Add((output.Position, entry.Child));
                    output.Write(new byte[4]);
                }
                else if (entry.Value.Length <= 4)
                {
                    output.Write([.. entry.Value, .. new byte[4 - entry.Value.Length]]);
                }
                else
                {
                    output.Write(BitConverter.GetBytes(dataStart + (uint)data.Length));
                    data.Write(entry.Value);
                    if (data.Length % 2 == 1)
                    {
                        data.WriteByte(0);
                    }
                }
            }
            output.Write(BitConverter.GetBytes(0u));
            data.WriteTo(output);
            foreach (var (slot, child) in children)
            {
                var at = (uint)output.Length;
                output.Position = slot;
                output.Write(BitConverter.GetBytes(at));
                output.Position = at;
                WriteDirectory(child);
            }
        }
    }
}
