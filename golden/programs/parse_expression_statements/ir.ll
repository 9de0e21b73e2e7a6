; ModuleID = 'parse_expression_statements.sy'
source_filename = "parse_expression_statements.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local global i32 0, align 4
@cells = dso_local global [4 x i32] [i32 5, i32 6, i32 7, i32 8], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bump(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* @counter, align 4
  %4 = load i32, i32* %2, align 4
  %5 = add nsw i32 %3, %4
  store i32 %5, i32* @counter, align 4
  %6 = load i32, i32* @counter, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @report(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %1, %9
  %5 = load i32, i32* %3, align 4
  %6 = load i32, i32* %2, align 4
  %7 = icmp sge i32 %5, %6
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  ret void

9:                                                ; preds = %4
  %10 = load i32, i32* %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [4 x i32], [4 x i32]* @cells, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4
  call void @putint(i32 noundef %13)
  call void @putch(i32 noundef 32)
  %14 = load i32, i32* %3, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, i32* %3, align 4
  br label %4
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @ratio(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = sitofp i32 %5 to double
  %7 = fmul double %6, 1.500000e+00
  %8 = load i32, i32* %4, align 4
  %9 = sitofp i32 %8 to double
  %10 = fdiv double %7, %9
  %11 = fptosi double %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  store i32 0, i32* %1, align 4
  store i32 3, i32* %2, align 4
  store float 2.500000e+00, float* %3, align 4
  %4 = load i32, i32* %2, align 4
  %5 = load i32, i32* %2, align 4
  %6 = add nsw i32 %5, 1
  %7 = load i32, i32* %2, align 4
  %8 = mul nsw i32 %7, 2
  %9 = load i32, i32* %2, align 4
  %10 = sub nsw i32 0, %9
  %11 = load float, float* %3, align 4
  %12 = fmul float %11, 2.000000e+00
  %13 = load i32, i32* %2, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* @cells, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4
  %17 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 1), align 4
  %18 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 2), align 8
  %19 = add nsw i32 %17, %18
  %20 = call i32 @bump(i32 noundef 2)
  %21 = call i32 @bump(i32 noundef 3)
  %22 = mul nsw i32 %21, 10
  %23 = call i32 @bump(i32 noundef 1)
  %24 = call i32 @bump(i32 noundef 4)
  %25 = sub nsw i32 0, %24
  %26 = load i32, i32* %2, align 4
  %27 = add nsw i32 %25, %26
  %28 = call i32 @ratio(i32 noundef 7, i32 noundef 2)
  call void @report(i32 noundef 2)
  call void @report(i32 noundef 4)
  call void @putch(i32 noundef 10)
  %29 = load i32, i32* @counter, align 4
  call void @putint(i32 noundef %29)
  call void @putch(i32 noundef 32)
  %30 = call i32 @ratio(i32 noundef 7, i32 noundef 2)
  call void @putint(i32 noundef %30)
  call void @putch(i32 noundef 32)
  %31 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %31)
  call void @putch(i32 noundef 10)
  %32 = load i32, i32* @counter, align 4
  %33 = sitofp i32 %32 to double
  %34 = fmul double %33, 2.500000e+00
  %35 = fptosi double %34 to i32
  ret i32 %35
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
