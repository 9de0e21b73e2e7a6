# 1 "func_float_series_pi.sy"
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
# 1 "func_float_series_pi.sy" 2

float leibniz(int terms) {
  float s = 0.0, sign = 1.0;
  int k = 0;
  while (k < terms) {
    s = s + sign / (2 * k + 1);
    sign = -sign;
    k = k + 1;
  }
  return 4 * s;
}

float leibniz_backward(int terms) {
  float s = 0.0;
  int k = terms - 1;
  while (k >= 0) {
    if (k % 2 == 0) s = s + 1.0 / (2 * k + 1);
    else s = s - 1.0 / (2 * k + 1);
    k = k - 1;
  }
  return s * 4;
}

float nilakantha(int terms) {
  float s = 3.0;
  int k = 1;
  float sign = 1.0;
  while (k <= terms) {
    float a = 2.0 * k;
    s = s + sign * 4.0 / (a * (a + 1) * (a + 2));
    sign = -sign;
    k = k + 1;
  }
  return s;
}

float euler_e(int terms) {
  float s = 1.0, t = 1.0;
  int k = 1;
  while (k < terms) {
    t = t / k;
    s = s + t;
    k = k + 1;
  }
  return s;
}

int main() {
  int n = 1000;
  float a = leibniz(n);
  float b = leibniz_backward(n);
  float c = nilakantha(50);
  float e = euler_e(15);
  putfloat(a); putch(10);
  putfloat(b); putch(10);
  putfloat(c); putch(10);
  putfloat(e); putch(10);
  putfloat(a - b); putch(10);
  putf("e=%a pi=%a\n", e, c);
  int digits = c * 10000;
  putint(digits); putch(10);
  return digits % 256;
}
