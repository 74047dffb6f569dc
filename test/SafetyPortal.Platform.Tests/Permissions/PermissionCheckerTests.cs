using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Platform.Tests.Permissions;

/// <summary>Grants on a real (in-memory SQLite) database: roles, users, explicit denies, parents, sides and towns.</summary>
public sealed class PermissionCheckerTests : IDisposable
{
    private const string Parent = "Test.Ledger";
    private const string Child = "Test.Ledger.Export";
    private const string HostOnly = "Test.Towns";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CurrentTenant _tenant = new();
    private readonly PortalDbContext _db;
    private readonly PermissionChecker _checker;

    public PermissionCheckerTests()
    {
        _connection.Open();
        var catalog = new ModuleCatalog(new TestModule());
        _db = new PortalDbContext(PortalContextServices.AddTo(new DbContextOptionsBuilder<PortalDbContext>(), catalog, _tenant).UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        _checker = new PermissionChecker(_db, new PermissionDefinitionManager(catalog), _tenant);
    }

    [Fact]
    public async Task A_role_grant_gives_the_permission_to_the_members_of_the_role()
    {
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
        Assert.True(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
        Assert.False(await _checker.IsGrantedAsync(User("u2", "Employee"), Parent));
    }

    [Fact]
    public async Task An_explicit_deny_for_the_user_wins_over_a_role_grant()
    {
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
        Grant(PermissionGrant.UserProvider, "u1", Parent, isGranted: false);
        Assert.False(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
        Assert.True(await _checker.IsGrantedAsync(User("u3", "TownAdmin"), Parent));
    }

    [Fact]
    public async Task A_child_permission_needs_its_parent_too()
    {
        Grant(PermissionGrant.UserProvider, "u1", Child);
        Assert.False(await _checker.IsGrantedAsync(User("u1"), Child));
        Grant(PermissionGrant.UserProvider, "u1", Parent);
        Assert.True(await _checker.IsGrantedAsync(User("u1"), Child));
    }

    [Fact]
    public async Task A_bureau_only_permission_is_never_granted_inside_a_town()
    {
        var town = Guid.NewGuid();
        using (_tenant.Change(town))
        {
            Grant(PermissionGrant.RoleProvider, "TownAdmin", HostOnly);
            Assert.False(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), HostOnly));
        }
    }

    [Fact]
    public async Task Grants_made_in_one_town_do_not_count_in_another()
    {
        using (_tenant.Change(Guid.NewGuid()))
        {
            Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
            Assert.True(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
        }
        using (_tenant.Change(Guid.NewGuid()))
        {
            Assert.False(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
        }
    }

    [Fact]
    public async Task Visitors_and_undefined_permissions_are_never_granted()
    {
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
        Assert.False(await _checker.IsGrantedAsync(new ClaimsPrincipal(new ClaimsIdentity()), Parent));
        Assert.False(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), "Test.NoSuchPermission"));
    }

    [Fact]
    public async Task The_granted_list_holds_what_the_user_may_do_on_this_side_and_follows_a_new_grant_at_once()
    {
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
        Grant(PermissionGrant.RoleProvider, "TownAdmin", HostOnly);
        var admin = User("u1", "TownAdmin");
        Assert.Equal([Parent, HostOnly], (await _checker.GetGrantedAsync(admin)).Order());
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Child);
        Assert.Equal([Parent, Child, HostOnly], (await _checker.GetGrantedAsync(admin)).Order());
        Grant(PermissionGrant.UserProvider, "u1", Parent, isGranted: false);
        Assert.Equal([HostOnly], await _checker.GetGrantedAsync(admin));
        Assert.Empty(await _checker.GetGrantedAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public async Task Two_users_checked_in_one_request_each_get_their_own_grants()
    {
        Grant(PermissionGrant.RoleProvider, "TownAdmin", Parent);
        Assert.True(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
        Assert.False(await _checker.IsGrantedAsync(User("u2", "Employee"), Parent));
        Assert.True(await _checker.IsGrantedAsync(User("u1", "TownAdmin"), Parent));
    }

    private void Grant(string provider, string key, string name, bool isGranted = true)
    {
        _db.Add(new PermissionGrant { ProviderName = provider, ProviderKey = key, Name = name, IsGranted = isGranted });
        _db.SaveChanges();
    }

    private static ClaimsPrincipal User(string id, params string[] roles) =>
        new(new ClaimsIdentity(
            roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.NameIdentifier, id)),
            authenticationType: "Test"));

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private sealed class TestModule : PortalModule
    {
        public override string Name => "Test";

        public override void DefinePermissions(PermissionDefinitionContext context)
        {
            var group = context.AddGroup("Test", "Test", typeof(TestModule));
            group.AddPermission(Parent, Parent).AddChild(Child, Child);
            group.AddPermission(HostOnly, HostOnly, MultiTenancySides.Host);
        }
    }
}
