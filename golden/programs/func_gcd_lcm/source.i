# 1 "func_gcd_lcm.sy"
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
# 1 "func_gcd_lcm.sy" 2

int gcd_rec(int a, int b) {
  if (b == 0) return a;
  return gcd_rec(b, a % b);
}

int gcd_iter(int a, int b) {
  while (b != 0) {
    int r = a % b;
    a = b;
    b = r;
  }
  return a;
}

int absval(int x) {
  if (x < 0) return -x;
  return x;
}

int lcm(int a, int b) {
  int g = gcd_iter(absval(a), absval(b));
  return absval(a) / g * absval(b);
}

int pairs[8][2] = {{12, 18}, {-12, 18}, {12, -18}, {-35, -49}, {17, 5}, {1000, 250}, {0, 9}, {81, 27}};

int main() {
  int i = 0;
  int acc = 0;
  while (i < 8) {
    int a = pairs[i][0], b = pairs[i][1];
    int g1 = gcd_rec(a, b);
    int g2 = gcd_iter(a, b);
    putint(a); putch(32); putint(b); putch(58); putch(32);
    putint(g1); putch(32); putint(g2);
    if (a != 0 && b != 0) {
      putch(32);
      putint(lcm(a, b));
      acc = acc + lcm(a, b) % 97;
    }
    putch(10);
    i = i + 1;
  }
  return acc;
}
