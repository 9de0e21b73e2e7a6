# 1 "func_prime_sieve_small.sy"
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
# 1 "func_prime_sieve_small.sy" 2

int composite[301];
int primes[100];

int sieve(int n) {
  int count = 0;
  int i = 2;
  while (i <= n) {
    if (!composite[i]) {
      primes[count] = i;
      count = count + 1;
      int j = i * i;
      while (j <= n) {
        composite[j] = 1;
        j = j + i;
      }
    }
    i = i + 1;
  }
  return count;
}

int is_prime_trial(int n) {
  if (n < 2) return 0;
  int d = 2;
  while (d * d <= n) {
    if (n % d == 0) return 0;
    d = d + 1;
  }
  return 1;
}

int main() {
  int count = sieve(300);
  putarray(count, primes);
  int i = 0, bad = 0, twins = 0;
  while (i <= 300) {
    if (is_prime_trial(i) != (i >= 2 && !composite[i])) bad = bad + 1;
    i = i + 1;
  }
  i = 1;
  while (i < count) {
    if (primes[i] - primes[i - 1] == 2) twins = twins + 1;
    i = i + 1;
  }
  putf("count=%d twins=%d bad=%d\n", count, twins, bad);
  return count + twins;
}
