# 1 "func_float_int_conversion.sy"
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
# 1 "func_float_int_conversion.sy" 2


float half(int x) {
  return x / 2.0;
}

int trunc_to_int(float f) {
  return f;
}

float scale(float f, int k) {
  return f * k;
}

int g_i = 3.99;
float g_f = 7;

int main() {
  int a = 7;
  float b = a;
  float c = a / 2;
  float d = a / 2.0;
  int e = d;
  int neg = -d;
  putfloat(b); putch(32);
  putfloat(c); putch(32);
  putfloat(d); putch(32);
  putint(e); putch(32);
  putint(neg); putch(10);
  putf("%f %f %a\n", d, 0.25, c);
  putfloat(half(9)); putch(32);
  putint(trunc_to_int(-2.75)); putch(32);
  putint(trunc_to_int(2.75)); putch(32);
  putfloat(scale(1.25, 3)); putch(10);
  putint(g_i); putch(32);
  putfloat(g_f); putch(10);
  float acc = 0;
  int i = 1;
  while (i <= 10) {
    acc = acc + 1.0 / i;
    i = i + 1;
  }
  putfloat(acc); putch(10);
  int floor_acc = acc * 100;
  putint(floor_acc); putch(10);
  if (0.5) putint(1);
  if (!0.0) putint(2);
  if (acc > 2 && a < 7.5) putint(3);
  putch(10);
  float big = 1e9;
  int from_big = big / 4;
  putint(from_big); putch(10);
  return floor_acc + g_i;
}
