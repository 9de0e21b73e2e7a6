# 1 "perf_collatz_longest.sy"
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
# 1 "perf_collatz_longest.sy" 2

int cache[200000];

int is_even(int v) {
  return v % 2 == 0;
}

int collatz_next(int v) {
  if (is_even(v)) return v / 2;
  return 3 * v + 1;
}

int cached(int v, int limit) {
  if (v < limit) return cache[v];
  return 0;
}

int chain_length(int n, int limit) {
  int steps = 0;
  int v = n;
  while (v != 1) {
    int known = cached(v, limit);
    if (known != 0) {
      steps = steps + known;
      v = 1;
    } else {

      if (!is_even(v) && v > 700000000) return -1;
      v = collatz_next(v);
      steps = steps + 1;
    }
  }
  if (n < limit) cache[n] = steps;
  return steps;
}

int main() {
  int bound = getint();
  int cache_limit = getint();
  starttime();
  int n = 1, best = 0, best_n = 1, total = 0;
  while (n < bound) {
    int len = chain_length(n, cache_limit);
    if (len > best) { best = len; best_n = n; }
    total = total + len;
    if (total >= 1000000) total = total - 1000000;
    n = n + 1;
  }
  stoptime();
  putf("bound=%d best_n=%d steps=%d total=%d\n", bound, best_n, best, total);
  return best % 256;
}
