# 1 "perf_hash_table_probe.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "perf_hash_table_probe.sy" 2

int keys[65536];
int vals[65536];
int state[65536];

int hash(int k) {

  int hi = k / 65536;
  int lo = k - hi * 65536;
  return (lo + hi * 4099) % 65536;
}

int holds(int h, int k) {
  return state[h] == 1 && keys[h] == k;
}

int next_slot(int h) {
  h = h + 1;
  if (h == 65536) return 0;
  return h;
}

int find_slot(int k) {
  int h = hash(k);
  while (state[h] != 0) {
    if (holds(h, k)) return h;
    h = next_slot(h);
  }
  return -1 - h;
}

void insert(int k, int v) {
  int s = find_slot(k);
  if (s >= 0) {
    vals[s] = vals[s] + v;
    return;
  }
  s = -1 - s;
  state[s] = 1;
  keys[s] = k;
  vals[s] = v;
}

int lookup(int k) {
  int s = find_slot(k);
  if (s >= 0) return vals[s];
  return 0;
}

int erase(int k) {
  int s = find_slot(k);
  if (s < 0) return 0;
  state[s] = 2;
  return 1;
}

int main() {
  int n = getint(), seed = getint();
  starttime();
  int i = 0, x = seed;
  while (i < n) {
    x = (x * 1103 + 12345) % 1000003;
    insert(x % 140000 * 7 + 3, i % 100 + 1);
    i = i + 1;
  }
  int hits = 0, sum = 0, erased = 0;
  i = 0;
  x = seed;
  while (i < n) {
    x = (x * 8121 + 28411) % 134456;
    int k = x % 140000 * 7 + 3;
    int v = lookup(k);
    if (v > 0) hits = hits + 1;
    sum = (sum + v) % 1000007;
    if (i % 3 == 0) erased = erased + erase(k);
    i = i + 1;
  }
  int used = 0;
  i = 0;
  while (i < 65536) {
    if (state[i] == 1) used = used + 1;
    i = i + 1;
  }
  stoptime();
  putf("hits=%d sum=%d erased=%d used=%d\n", hits, sum, erased, used);
  return used % 256;
}
