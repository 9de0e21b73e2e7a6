# 1 "parse_comparison_chains.sy"
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
# 1 "parse_comparison_chains.sy" 2


int count = 0;

void check(int cond) {
  putint(cond);
  count = count + cond;
}

int main() {
  int a = 3, b = 2, c = 1, z = 0;
  float f = 0.5, g = -1.5;
  if (a > b > c) check(1); else check(0);
  if (c < b < a) check(1); else check(0);
  if (a < b < c) check(1); else check(0);
  if (a == b == z) check(1); else check(0);
  if (a != b != c) check(1); else check(0);
  if (c <= b >= z == 1) check(1); else check(0);
  if (z < c == b > a) check(1); else check(0);
  if (-a < -b < -c) check(1); else check(0);
  if (!a == !b) check(1); else check(0);
  if (!!a + !z + - -c == 3) check(1); else check(0);
  if (+a - -b * +c != -(-a) + b) check(1); else check(0);
  if (f < g < f) check(1); else check(0);
  if (g < f == 1 > f) check(1); else check(0);
  if (!f != !g < !z) check(1); else check(0);
  if (-g > f > z) check(1); else check(0);
  putch(10);
  int n = 0, i = 0;
  while (i < 10 > 0 && i <= 5 >= 0 == 1) {
    if (a > b == b > c) n = n + i;
    i = i + 1;
  }
  putint(n);
  putch(10);
  return count * 10 + n;
}
