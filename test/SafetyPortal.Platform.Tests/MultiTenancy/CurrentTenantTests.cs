using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.MultiTenancy;

public sealed class CurrentTenantTests
{
    private readonly CurrentTenant _current = new();

    [Fact]
    public void Change_works_in_the_town_until_the_scope_ends_then_returns_to_the_previous_one()
    {
        var chengxiang = Guid.NewGuid();
        var shaxi = Guid.NewGuid();
        using (_current.Change(chengxiang, "chengxiang"))
        {
            using (_current.Change(shaxi, "shaxi"))
            {
                Assert.Equal(shaxi, _current.Id);
            }
            Assert.Equal(chengxiang, _current.Id);
            Assert.Equal("chengxiang", _current.Name);
        }
        Assert.Null(_current.Id);
    }

    [Fact]
    public async Task A_change_flows_into_awaited_work_but_not_back_out_of_it()
    {
        var town = Guid.NewGuid();
        Guid? seenInside = null;
        await Task.Run(async () =>
        {
            using (_current.Change(town))
            {
                await Task.Yield();
                seenInside = _current.Id;
            }
        });
        Assert.Equal(town, seenInside);
        Assert.Null(_current.Id);
    }

    [Fact]
    public void Disposing_a_scope_twice_does_not_undo_an_outer_scope()
    {
        var outer = Guid.NewGuid();
        using (_current.Change(outer))
        {
            var inner = _current.Change(Guid.NewGuid());
            inner.Dispose();
            inner.Dispose();
            Assert.Equal(outer, _current.Id);
        }
    }
}
