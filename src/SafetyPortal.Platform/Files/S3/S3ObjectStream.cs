using Amazon.S3;
using Amazon.S3.Model;

namespace SafetyPortal.Platform.Files.S3;

/// <summary>
/// A seekable, read-only stream over one object, so answers can serve byte ranges. The first read opens a ranged GET
/// from <see cref="Position"/> to the end and later reads go on along it; moving the position drops that response and
/// the next read opens a new one there. <see cref="Length"/> is the size the store recorded, so seeking costs no request.
/// </summary>
internal sealed class S3ObjectStream(IAmazonS3 s3, string bucket, string key, long length) : Stream
{
    private GetObjectResponse? _response;
    private long _position;
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => !_disposed;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (value != _position)
            {
                Release();
                _position = value;
            }
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (AtEnd(buffer.Length))
        {
            return 0;
        }
        var body = _response?.ResponseStream ?? OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return Advanced(body.Read(buffer));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (AtEnd(buffer.Length))
        {
            return 0;
        }
        var body = _response?.ResponseStream ?? await OpenAsync(cancellationToken);
        return Advanced(await body.ReadAsync(buffer, cancellationToken));
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
            _disposed = true;
        }
        base.Dispose(disposing);
    }

    private bool AtEnd(int wanted)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return wanted == 0 || _position >= length;
    }

    private async Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        _response = await s3.GetObjectAsync(new GetObjectRequest
        {
            BucketName = bucket,
            Key = key,
            ByteRange = new ByteRange(_position, length - 1),
        }, cancellationToken);
        return _response.ResponseStream;
    }

    private int Advanced(int read)
    {
        if (read == 0)
        {
            throw new IOException($"The object {key} ended at byte {_position} of the {length} the store recorded.");
        }
        _position += read;
        return read;
    }

    private void Release()
    {
        _response?.Dispose();
        _response = null;
    }
}
