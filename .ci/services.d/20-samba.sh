# Sourced by scripts/test.sh (bash, set -euo pipefail): a real Samba server on loopback for the smb tests.
# Installs Debian's samba when smbd is missing, runs smbd with its own config and state under
# ${PISCAN_SMB_STATE:-/tmp/piscan-samba} on 127.0.0.1:${PISCAN_SMB_PORT:-1445}, with a share `piscan`
# over $PISCAN_TEST_SMB_ROOT and a user created with `smbpasswd -a -s`. Idempotent: reuses a running smbd.
# Exports PISCAN_TEST_SMB_HOST/PORT/SHARE/USER/PASSWORD/ROOT for the tests.
export PISCAN_TEST_SMB_HOST=127.0.0.1
export PISCAN_TEST_SMB_PORT=${PISCAN_SMB_PORT:-1445}
export PISCAN_TEST_SMB_SHARE=piscan
export PISCAN_TEST_SMB_USER=${PISCAN_TEST_SMB_USER:-piscansmb}
export PISCAN_TEST_SMB_PASSWORD=${PISCAN_TEST_SMB_PASSWORD:-piscan-Test-Pw1}
_smb_state=${PISCAN_SMB_STATE:-/tmp/piscan-samba}
export PISCAN_TEST_SMB_ROOT="$_smb_state/share"

_smb_up() { (exec 3<>"/dev/tcp/127.0.0.1/$PISCAN_TEST_SMB_PORT") 2>/dev/null; }

if ! _smb_up; then
  if ! command -v smbd >/dev/null 2>&1 && [ ! -x /usr/sbin/smbd ]; then
    echo "samba: installing the Debian samba package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq samba >/dev/null
  fi
  _smbd=$(command -v smbd || echo /usr/sbin/smbd)
  _smbpasswd=$(command -v smbpasswd || echo /usr/bin/smbpasswd)
  mkdir -p "$_smb_state"/{share,private,lock,state,cache,pid,ncalrpc,log} .ci/logs
  chmod 755 "$_smb_state" "$_smb_state/share"
  if ! id "$PISCAN_TEST_SMB_USER" >/dev/null 2>&1; then
    useradd -M -s /usr/sbin/nologin "$PISCAN_TEST_SMB_USER"
  fi
  cat > "$_smb_state/smb.conf" <<CONF
[global]
  server role = standalone server
  workgroup = PISCAN
  netbios name = PISCANTEST
  interfaces = 127.0.0.1
  bind interfaces only = yes
  smb ports = $PISCAN_TEST_SMB_PORT
  disable netbios = yes
  server min protocol = SMB2_10
  passdb backend = tdbsam:$_smb_state/private/passdb.tdb
  private dir = $_smb_state/private
  lock directory = $_smb_state/lock
  state directory = $_smb_state/state
  cache directory = $_smb_state/cache
  pid directory = $_smb_state/pid
  ncalrpc dir = $_smb_state/ncalrpc
  log file = $_smb_state/log/smbd.log
  log level = 1
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
  map to guest = never
  restrict anonymous = 2
[piscan]
  path = $_smb_state/share
  read only = yes
  browseable = yes
  valid users = $PISCAN_TEST_SMB_USER
CONF
  printf '%s\n%s\n' "$PISCAN_TEST_SMB_PASSWORD" "$PISCAN_TEST_SMB_PASSWORD" \
    | "$_smbpasswd" -c "$_smb_state/smb.conf" -a -s "$PISCAN_TEST_SMB_USER" > .ci/logs/smbpasswd.log 2>&1 \
    || { echo "samba: smbpasswd failed (see .ci/logs/smbpasswd.log)" >&2; return 1; }
  nohup "$_smbd" --foreground --no-process-group -s "$_smb_state/smb.conf" \
    > .ci/logs/smbd.log 2>&1 &
  for _ in $(seq 1 60); do _smb_up && break; sleep 0.5; done
  _smb_up || { echo "samba: smbd did not start on port $PISCAN_TEST_SMB_PORT (see .ci/logs/smbd.log)" >&2; return 1; }
fi
unset _smb_state _smbd _smbpasswd
