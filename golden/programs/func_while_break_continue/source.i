# 1 "func_while_break_continue.sy"
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
# 1 "func_while_break_continue.sy" 2

int collatz_len(int n, int limit) {
  int steps = 0;
  while (1) {
    if (n == 1) break;
    if (steps >= limit) return -1;
    if (n % 2 == 0) {
      n = n / 2;
      steps = steps + 1;
      continue;
    }
    n = 3 * n + 1;
    steps = steps + 1;
  }
  return steps;
}

int main() {
  int i = 1, best = 0, best_n = 0;
  while (i <= 60) {
    int len = collatz_len(i, 200);
    if (len < 0) { i = i + 1; continue; }
    if (len > best) { best = len; best_n = i; }
    i = i + 1;
  }
  putf("longest below 60: n=%d steps=%d\n", best_n, best);

  i = 0;
  int printed = 0;
  while (i < 50) {
    i = i + 1;
    if (i % 3 == 0) continue;
    int r = 1;
    while (r * r < i) r = r + 1;
    if (r * r == i && i > 40) break;
    putint(i);
    putch(32);
    printed = printed + 1;
  }
  putch(10);

  int outer = 0, pairs = 0;
  while (outer < 10) {
    int inner = 0;
    while (1) {
      if (inner > outer) break;
      if ((inner + outer) % 4 == 1) { inner = inner + 1; continue; }
      pairs = pairs + 1;
      inner = inner + 1;
    }
    outer = outer + 1;
  }
  putint(pairs);
  putch(10);
  return best + printed + pairs;
}
