# 1 "func_nested_loops_break_continue.sy"
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
# 1 "func_nested_loops_break_continue.sy" 2


int trail[64];
int logged = 0;

void note(int v) {
  if (logged < 64) {
    trail[logged] = v;
    logged = logged + 1;
  }
}

int main() {
  int i = 0, pairs = 0;
  while (i < 6) {
    i = i + 1;
    if (i % 3 == 0) continue;
    int j = 0;
    while (1) {
      j = j + 1;
      if (j > i) break;
      if ((i + j) % 2 == 0) continue;
      int k = 0;
      while (k < 10) {
        k = k + 1;
        if (k == j) continue;
        if (k > j + 1) break;
        pairs = pairs + 1;
      }
      note(i * 10 + j);
    }
  }
  putarray(logged, trail);
  putint(pairs);
  putch(10);
  int n = 1, steps = 0;
  while (1) {
    if (n >= 100) break;
    steps = steps + 1;
    if (n % 2 == 1) {
      n = n * 3 + 1;
      continue;
    }
    while (n % 4 == 0) {
      n = n / 2;
      if (n < 10) break;
    }
    n = n + 7;
  }
  putf("n=%d steps=%d\n", n, steps);
  int found = 0, a = 1;
  while (a < 20 && !found) {
    int b = a;
    while (b < 20) {
      int c = b;
      while (c < 30) {
        if (a * a + b * b == c * c) {
          if (a > 5) {
            found = a * 10000 + b * 100 + c;
            break;
          }
          note(c);
        }
        c = c + 1;
      }
      if (found) break;
      b = b + 1;
    }
    a = a + 1;
  }
  putint(found);
  putch(10);
  putarray(logged, trail);
  return pairs + steps;
}
