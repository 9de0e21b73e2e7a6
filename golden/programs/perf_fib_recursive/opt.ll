; ModuleID = 'perf_fib_recursive.sy'
source_filename = "perf_fib_recursive.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@MOD = dso_local local_unnamed_addr constant i32 1000007, align 4
@pair_second = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [16 x i8] c"naive F(%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"sum F(0..%d)=%d bad=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"F(10^9) mod %d = %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @add_mod(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %1, %0
  %4 = icmp sgt i32 %3, 1000006
  %5 = add nsw i32 %3, -1000007
  %6 = select i1 %4, i32 %5, i32 %3
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @mul_mod(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sdiv i32 %1, 1024
  %4 = srem i32 %1, 1024
  %5 = mul nsw i32 %3, %0
  %6 = srem i32 %5, 1000007
  %7 = shl nsw i32 %6, 10
  %8 = srem i32 %7, 1000007
  %9 = mul nsw i32 %4, %0
  %10 = srem i32 %9, 1000007
  %11 = add nsw i32 %8, %10
  %12 = srem i32 %11, 1000007
  ret i32 %12
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @fib_naive(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %13, %5 ], [ %0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = add nsw i32 %0, -1
  %7 = tail call i32 @fib_naive(i32 noundef %6)
  %8 = add nsw i32 %0, -2
  %9 = tail call i32 @fib_naive(i32 noundef %8)
  %10 = add nsw i32 %9, %7
  %11 = icmp sgt i32 %10, 1000006
  %12 = add nsw i32 %10, -1000007
  %13 = select i1 %11, i32 %12, i32 %10
  br label %3
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @fib_iter(i32 noundef %0) local_unnamed_addr #2 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %46

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  %5 = and i32 %0, 3
  %6 = icmp ult i32 %4, 3
  br i1 %6, label %31, label %7

7:                                                ; preds = %3
  %8 = and i32 %0, -4
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i32 [ 0, %7 ], [ %24, %9 ]
  %11 = phi i32 [ 1, %7 ], [ %28, %9 ]
  %12 = phi i32 [ 0, %7 ], [ %29, %9 ]
  %13 = add nsw i32 %10, %11
  %14 = icmp sgt i32 %13, 1000006
  %15 = add nsw i32 %13, -1000007
  %16 = select i1 %14, i32 %15, i32 %13
  %17 = add nsw i32 %11, %16
  %18 = icmp sgt i32 %17, 1000006
  %19 = add nsw i32 %17, -1000007
  %20 = select i1 %18, i32 %19, i32 %17
  %21 = add nsw i32 %16, %20
  %22 = icmp sgt i32 %21, 1000006
  %23 = add nsw i32 %21, -1000007
  %24 = select i1 %22, i32 %23, i32 %21
  %25 = add nsw i32 %20, %24
  %26 = icmp sgt i32 %25, 1000006
  %27 = add nsw i32 %25, -1000007
  %28 = select i1 %26, i32 %27, i32 %25
  %29 = add i32 %12, 4
  %30 = icmp eq i32 %29, %8
  br i1 %30, label %31, label %9, !llvm.loop !5

31:                                               ; preds = %9, %3
  %32 = phi i32 [ undef, %3 ], [ %24, %9 ]
  %33 = phi i32 [ 0, %3 ], [ %24, %9 ]
  %34 = phi i32 [ 1, %3 ], [ %28, %9 ]
  %35 = icmp eq i32 %5, 0
  br i1 %35, label %46, label %36

36:                                               ; preds = %31, %36
  %37 = phi i32 [ %38, %36 ], [ %33, %31 ]
  %38 = phi i32 [ %43, %36 ], [ %34, %31 ]
  %39 = phi i32 [ %44, %36 ], [ 0, %31 ]
  %40 = add nsw i32 %37, %38
  %41 = icmp sgt i32 %40, 1000006
  %42 = add nsw i32 %40, -1000007
  %43 = select i1 %41, i32 %42, i32 %40
  %44 = add i32 %39, 1
  %45 = icmp eq i32 %44, %5
  br i1 %45, label %46, label %36, !llvm.loop !7

46:                                               ; preds = %31, %36, %1
  %47 = phi i32 [ 0, %1 ], [ %32, %31 ], [ %38, %36 ]
  ret i32 %47
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @fib_doubling(i32 noundef %0) local_unnamed_addr #3 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %57, label %3

3:                                                ; preds = %1
  %4 = sdiv i32 %0, 2
  %5 = tail call i32 @fib_doubling(i32 noundef %4)
  %6 = load i32, i32* @pair_second, align 4, !tbaa !9
  %7 = shl nsw i32 %6, 1
  %8 = icmp sgt i32 %6, 500003
  %9 = add nsw i32 %7, -1000007
  %10 = select i1 %8, i32 %9, i32 %7
  %11 = sub nsw i32 1000007, %5
  %12 = add nsw i32 %10, %11
  %13 = icmp sgt i32 %12, 1000006
  %14 = add nsw i32 %12, -1000007
  %15 = select i1 %13, i32 %14, i32 %12
  %16 = sdiv i32 %15, 1024
  %17 = srem i32 %15, 1024
  %18 = mul nsw i32 %16, %5
  %19 = srem i32 %18, 1000007
  %20 = shl nsw i32 %19, 10
  %21 = srem i32 %20, 1000007
  %22 = mul nsw i32 %17, %5
  %23 = srem i32 %22, 1000007
  %24 = add nsw i32 %21, %23
  %25 = srem i32 %24, 1000007
  %26 = sdiv i32 %5, 1024
  %27 = srem i32 %5, 1024
  %28 = mul nsw i32 %26, %5
  %29 = srem i32 %28, 1000007
  %30 = shl nsw i32 %29, 10
  %31 = srem i32 %30, 1000007
  %32 = mul nsw i32 %27, %5
  %33 = srem i32 %32, 1000007
  %34 = add nsw i32 %31, %33
  %35 = srem i32 %34, 1000007
  %36 = sdiv i32 %6, 1024
  %37 = srem i32 %6, 1024
  %38 = mul nsw i32 %36, %6
  %39 = srem i32 %38, 1000007
  %40 = shl nsw i32 %39, 10
  %41 = srem i32 %40, 1000007
  %42 = mul nsw i32 %37, %6
  %43 = srem i32 %42, 1000007
  %44 = add nsw i32 %41, %43
  %45 = srem i32 %44, 1000007
  %46 = add nsw i32 %45, %35
  %47 = icmp sgt i32 %46, 1000006
  %48 = add nsw i32 %46, -1000007
  %49 = select i1 %47, i32 %48, i32 %46
  %50 = and i32 %0, 1
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %57, label %52

52:                                               ; preds = %3
  %53 = add nsw i32 %25, %49
  %54 = icmp sgt i32 %53, 1000006
  %55 = add nsw i32 %53, -1000007
  %56 = select i1 %54, i32 %55, i32 %53
  br label %57

57:                                               ; preds = %52, %3, %1
  %58 = phi i32 [ 1, %1 ], [ %56, %52 ], [ %49, %3 ]
  %59 = phi i32 [ 0, %1 ], [ %49, %52 ], [ %25, %3 ]
  store i32 %58, i32* @pair_second, align 4, !tbaa !9
  ret i32 %59
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = tail call i32 @getint() #6
  %2 = tail call i32 @getint() #6
  tail call void @starttime() #6
  %3 = tail call i32 @fib_naive(i32 noundef %1)
  %4 = icmp slt i32 %2, 0
  br i1 %4, label %65, label %5

5:                                                ; preds = %0, %53
  %6 = phi i32 [ %63, %53 ], [ 0, %0 ]
  %7 = phi i32 [ %62, %53 ], [ 0, %0 ]
  %8 = phi i32 [ %58, %53 ], [ 0, %0 ]
  %9 = icmp eq i32 %6, 0
  br i1 %9, label %53, label %10

10:                                               ; preds = %5
  %11 = add i32 %6, -1
  %12 = and i32 %6, 3
  %13 = icmp ult i32 %11, 3
  br i1 %13, label %38, label %14

14:                                               ; preds = %10
  %15 = and i32 %6, -4
  br label %16

16:                                               ; preds = %16, %14
  %17 = phi i32 [ 0, %14 ], [ %31, %16 ]
  %18 = phi i32 [ 1, %14 ], [ %35, %16 ]
  %19 = phi i32 [ 0, %14 ], [ %36, %16 ]
  %20 = add nsw i32 %18, %17
  %21 = icmp sgt i32 %20, 1000006
  %22 = add nsw i32 %20, -1000007
  %23 = select i1 %21, i32 %22, i32 %20
  %24 = add nsw i32 %23, %18
  %25 = icmp sgt i32 %24, 1000006
  %26 = add nsw i32 %24, -1000007
  %27 = select i1 %25, i32 %26, i32 %24
  %28 = add nsw i32 %27, %23
  %29 = icmp sgt i32 %28, 1000006
  %30 = add nsw i32 %28, -1000007
  %31 = select i1 %29, i32 %30, i32 %28
  %32 = add nsw i32 %31, %27
  %33 = icmp sgt i32 %32, 1000006
  %34 = add nsw i32 %32, -1000007
  %35 = select i1 %33, i32 %34, i32 %32
  %36 = add i32 %19, 4
  %37 = icmp eq i32 %36, %15
  br i1 %37, label %38, label %16, !llvm.loop !5

38:                                               ; preds = %16, %10
  %39 = phi i32 [ undef, %10 ], [ %31, %16 ]
  %40 = phi i32 [ 0, %10 ], [ %31, %16 ]
  %41 = phi i32 [ 1, %10 ], [ %35, %16 ]
  %42 = icmp eq i32 %12, 0
  br i1 %42, label %53, label %43

43:                                               ; preds = %38, %43
  %44 = phi i32 [ %45, %43 ], [ %40, %38 ]
  %45 = phi i32 [ %50, %43 ], [ %41, %38 ]
  %46 = phi i32 [ %51, %43 ], [ 0, %38 ]
  %47 = add nsw i32 %45, %44
  %48 = icmp sgt i32 %47, 1000006
  %49 = add nsw i32 %47, -1000007
  %50 = select i1 %48, i32 %49, i32 %47
  %51 = add i32 %46, 1
  %52 = icmp eq i32 %51, %12
  br i1 %52, label %53, label %43, !llvm.loop !13

53:                                               ; preds = %38, %43, %5
  %54 = phi i32 [ 0, %5 ], [ %39, %38 ], [ %45, %43 ]
  %55 = tail call i32 @fib_doubling(i32 noundef %6)
  %56 = icmp ne i32 %54, %55
  %57 = zext i1 %56 to i32
  %58 = add nuw nsw i32 %8, %57
  %59 = add nsw i32 %54, %7
  %60 = icmp sgt i32 %59, 1000006
  %61 = add nsw i32 %59, -1000007
  %62 = select i1 %60, i32 %61, i32 %59
  %63 = add nuw i32 %6, 1
  %64 = icmp eq i32 %6, %2
  br i1 %64, label %65, label %5, !llvm.loop !14

65:                                               ; preds = %53, %0
  %66 = phi i32 [ 0, %0 ], [ %58, %53 ]
  %67 = phi i32 [ 0, %0 ], [ %62, %53 ]
  %68 = tail call i32 @fib_doubling(i32 noundef 1000000000)
  tail call void @stoptime() #6
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %3) #6
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str.1, i64 0, i64 0), i32 noundef %2, i32 noundef %67, i32 noundef %66) #6
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str.2, i64 0, i64 0), i32 noundef 1000007, i32 noundef %68) #6
  %69 = add nsw i32 %67, %66
  %70 = srem i32 %69, 256
  ret i32 %70
}

declare i32 @getint() local_unnamed_addr #5

declare void @starttime() local_unnamed_addr #5

declare void @stoptime() local_unnamed_addr #5

declare void @putf(i8* noundef, ...) local_unnamed_addr #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !6}
