#!/usr/bin/env bash
# Starts a throwaway Ceph in <dir>: one monitor, one OSD kept in memory
# (memstore) and radosgw, the S3 gateway, on 127.0.0.1 only, with an S3 user
# whose keys are given. Debian's packages: radosgw ceph-mon ceph-osd ceph-common.
# Every daemon writes its pid file into <dir>/run; lib/testing/ceph.ts stops
# them and removes <dir>. The recipe is ../shared/docs/SCALE-OUT.md's.
#
#   ceph-start.sh <dir> <mon port> <s3 port> <access key> <secret key>
set -euo pipefail
dir=$1 mon_port=$2 s3_port=$3 access=$4 secret=$5
mkdir -p "$dir"/{run,log,mon,osd,rgw}
# Every step goes to log/start.log, which lib/testing/ceph.ts shows on a failure.
exec {trace}>>"$dir/log/start.log"
BASH_XTRACEFD=$trace
set -x
conf=$dir/ceph.conf
fsid=$(cat /proc/sys/kernel/random/uuid)

cat >"$conf" <<EOF
[global]
fsid = $fsid
mon host = v1:127.0.0.1:$mon_port
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv4 = true
ms bind ipv6 = false
ms bind msgr2 = false
auth cluster required = none
auth service required = none
auth client required = none
auth allow insecure global id reclaim = true
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
osd objectstore = memstore
memstore device bytes = 1073741824
osd crush chooseleaf type = 0
osd pool default pg autoscale mode = off
osd crush update on start = false
osd class update on start = false
run dir = $dir/run
pid file = $dir/run/\$name.pid
admin socket = $dir/run/\$name.asok
log file = $dir/log/\$name.log
keyring = $dir/keyring
mon data = $dir/mon/\$id
osd data = $dir/osd/\$id
[client.rgw.a]
rgw data = $dir/rgw
rgw frontends = beast endpoint=127.0.0.1:$s3_port
EOF

touch "$dir/keyring"
ceph() { command ceph -c "$conf" --connect-timeout 20 "$@"; }

monmaptool --create --addv a "[v1:127.0.0.1:$mon_port]" --fsid "$fsid" "$dir/monmap" >/dev/null
ceph-mon -c "$conf" --mkfs -i a --monmap "$dir/monmap" >/dev/null
ceph-mon -c "$conf" -i a </dev/null >>"$dir/log/daemons.out" 2>&1

# A command sent while the monitor is still settling is refused ("wrong
# fsid", EPERM) now and then: ask again, for up to 30 s. Each command here
# gives the same answer when repeated.
retry() {
  local attempt
  for attempt in $(seq 60); do
    "$@" 2>>"$dir/log/start.log" && return 0
    sleep 0.5
  done
  echo "the monitor refused '$*' for 30 s" >&2
  return 1
}
uuid=$(cat /proc/sys/kernel/random/uuid)
id=$(retry ceph osd new "$uuid")
# The OSD would place itself in the CRUSH map at start with the same kind of
# command, and give up on the first refusal: place it here instead.
retry ceph osd crush add "osd.$id" 1.0 root=default >/dev/null
mkdir -p "$dir/osd/$id"
ceph-osd -c "$conf" -i "$id" --mkfs --osd-uuid "$uuid" >/dev/null 2>&1
ceph-osd -c "$conf" -i "$id" </dev/null >>"$dir/log/daemons.out" 2>&1

radosgw -c "$conf" -n client.rgw.a </dev/null >>"$dir/log/daemons.out" 2>&1
# Creating the user waits for radosgw's pools, so the OSD is up when it returns.
retry radosgw-admin -c "$conf" user create --uid=copydesk --display-name=Copydesk --access-key="$access" --secret="$secret" >/dev/null
