; ModuleID = 'func_prime_sieve_small.sy'
source_filename = "func_prime_sieve_small.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@composite = dso_local local_unnamed_addr global [301 x i32] zeroinitializer, align 16
@primes = dso_local global [100 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [26 x i8] c"count=%d twins=%d bad=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @sieve(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %36, label %3

3:                                                ; preds = %1
  %4 = add nuw nsw i32 %0, 1
  %5 = zext i32 %4 to i64
  br label %6

6:                                                ; preds = %3, %29
  %7 = phi i64 [ 5, %3 ], [ %32, %29 ]
  %8 = phi i64 [ 2, %3 ], [ %31, %29 ]
  %9 = phi i32 [ 4, %3 ], [ %34, %29 ]
  %10 = phi i32 [ 0, %3 ], [ %30, %29 ]
  %11 = getelementptr inbounds [301 x i32], [301 x i32]* @composite, i64 0, i64 %8
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %29

14:                                               ; preds = %6
  %15 = sext i32 %10 to i64
  %16 = getelementptr inbounds [100 x i32], [100 x i32]* @primes, i64 0, i64 %15
  %17 = trunc i64 %8 to i32
  store i32 %17, i32* %16, align 4, !tbaa !5
  %18 = add nsw i32 %10, 1
  %19 = mul nsw i32 %17, %17
  %20 = icmp sgt i32 %19, %0
  br i1 %20, label %29, label %21

21:                                               ; preds = %14
  %22 = zext i32 %9 to i64
  br label %23

23:                                               ; preds = %21, %23
  %24 = phi i64 [ %26, %23 ], [ %22, %21 ]
  %25 = getelementptr inbounds [301 x i32], [301 x i32]* @composite, i64 0, i64 %24
  store i32 1, i32* %25, align 4, !tbaa !5
  %26 = add nuw nsw i64 %24, %8
  %27 = trunc i64 %26 to i32
  %28 = icmp sgt i32 %27, %0
  br i1 %28, label %29, label %23, !llvm.loop !9

29:                                               ; preds = %23, %14, %6
  %30 = phi i32 [ %10, %6 ], [ %18, %14 ], [ %18, %23 ]
  %31 = add nuw nsw i64 %8, 1
  %32 = add nuw nsw i64 %7, 2
  %33 = trunc i64 %7 to i32
  %34 = add i32 %9, %33
  %35 = icmp eq i64 %31, %5
  br i1 %35, label %36, label %6, !llvm.loop !11

36:                                               ; preds = %29, %1
  %37 = phi i32 [ 0, %1 ], [ %30, %29 ]
  ret i32 %37
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @is_prime_trial(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %13, label %3

3:                                                ; preds = %1
  %4 = icmp ult i32 %0, 4
  br i1 %4, label %13, label %8

5:                                                ; preds = %8
  %6 = mul nsw i32 %12, %12
  %7 = icmp sgt i32 %6, %0
  br i1 %7, label %13, label %8, !llvm.loop !12

8:                                                ; preds = %3, %5
  %9 = phi i32 [ %12, %5 ], [ 2, %3 ]
  %10 = srem i32 %0, %9
  %11 = icmp eq i32 %10, 0
  %12 = add nuw nsw i32 %9, 1
  br i1 %11, label %13, label %5

13:                                               ; preds = %5, %8, %3, %1
  %14 = phi i32 [ 0, %1 ], [ 1, %3 ], [ 1, %5 ], [ 0, %8 ]
  ret i32 %14
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %24, %0
  %2 = phi i64 [ 5, %0 ], [ %27, %24 ]
  %3 = phi i64 [ 2, %0 ], [ %26, %24 ]
  %4 = phi i32 [ 4, %0 ], [ %29, %24 ]
  %5 = phi i32 [ 0, %0 ], [ %25, %24 ]
  %6 = getelementptr inbounds [301 x i32], [301 x i32]* @composite, i64 0, i64 %3
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %24

9:                                                ; preds = %1
  %10 = sext i32 %5 to i64
  %11 = getelementptr inbounds [100 x i32], [100 x i32]* @primes, i64 0, i64 %10
  %12 = trunc i64 %3 to i32
  store i32 %12, i32* %11, align 4, !tbaa !5
  %13 = add nsw i32 %5, 1
  %14 = mul nsw i32 %12, %12
  %15 = icmp ugt i32 %14, 300
  br i1 %15, label %24, label %16

16:                                               ; preds = %9
  %17 = zext i32 %4 to i64
  br label %18

18:                                               ; preds = %16, %18
  %19 = phi i64 [ %21, %18 ], [ %17, %16 ]
  %20 = getelementptr inbounds [301 x i32], [301 x i32]* @composite, i64 0, i64 %19
  store i32 1, i32* %20, align 4, !tbaa !5
  %21 = add nuw nsw i64 %19, %3
  %22 = trunc i64 %21 to i32
  %23 = icmp sgt i32 %22, 300
  br i1 %23, label %24, label %18, !llvm.loop !9

24:                                               ; preds = %18, %9, %1
  %25 = phi i32 [ %5, %1 ], [ %13, %9 ], [ %13, %18 ]
  %26 = add nuw nsw i64 %3, 1
  %27 = add nuw nsw i64 %2, 2
  %28 = trunc i64 %2 to i32
  %29 = add i32 %4, %28
  %30 = icmp eq i64 %26, 301
  br i1 %30, label %31, label %1, !llvm.loop !11

31:                                               ; preds = %24
  tail call void @putarray(i32 noundef %25, i32* noundef getelementptr inbounds ([100 x i32], [100 x i32]* @primes, i64 0, i64 0)) #4
  br label %42

32:                                               ; preds = %67
  %33 = icmp sgt i32 %25, 1
  br i1 %33, label %34, label %110

34:                                               ; preds = %32
  %35 = zext i32 %25 to i64
  %36 = load i32, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @primes, i64 0, i64 0), align 16, !tbaa !5
  %37 = add nsw i64 %35, -1
  %38 = and i64 %37, 1
  %39 = icmp eq i32 %25, 2
  br i1 %39, label %97, label %40

40:                                               ; preds = %34
  %41 = and i64 %37, -2
  br label %76

42:                                               ; preds = %31, %67
  %43 = phi i64 [ 0, %31 ], [ %74, %67 ]
  %44 = phi i32 [ 0, %31 ], [ %73, %67 ]
  %45 = icmp ult i64 %43, 2
  br i1 %45, label %67, label %46

46:                                               ; preds = %42
  %47 = icmp ult i64 %43, 4
  br i1 %47, label %62, label %48

48:                                               ; preds = %46
  %49 = trunc i64 %43 to i32
  br label %54

50:                                               ; preds = %54
  %51 = mul nsw i32 %58, %58
  %52 = zext i32 %51 to i64
  %53 = icmp ult i64 %43, %52
  br i1 %53, label %59, label %54, !llvm.loop !12

54:                                               ; preds = %48, %50
  %55 = phi i32 [ %58, %50 ], [ 2, %48 ]
  %56 = urem i32 %49, %55
  %57 = icmp eq i32 %56, 0
  %58 = add nuw nsw i32 %55, 1
  br i1 %57, label %59, label %50

59:                                               ; preds = %50, %54
  %60 = phi i32 [ 1, %50 ], [ 0, %54 ]
  %61 = icmp ugt i64 %43, 1
  br i1 %61, label %62, label %67

62:                                               ; preds = %46, %59
  %63 = phi i32 [ %60, %59 ], [ 1, %46 ]
  %64 = getelementptr inbounds [301 x i32], [301 x i32]* @composite, i64 0, i64 %43
  %65 = load i32, i32* %64, align 4, !tbaa !5
  %66 = icmp eq i32 %65, 0
  br label %67

67:                                               ; preds = %42, %62, %59
  %68 = phi i32 [ %60, %59 ], [ %63, %62 ], [ 0, %42 ]
  %69 = phi i1 [ false, %59 ], [ %66, %62 ], [ false, %42 ]
  %70 = zext i1 %69 to i32
  %71 = icmp ne i32 %68, %70
  %72 = zext i1 %71 to i32
  %73 = add nuw nsw i32 %44, %72
  %74 = add nuw nsw i64 %43, 1
  %75 = icmp eq i64 %74, 301
  br i1 %75, label %32, label %42, !llvm.loop !13

76:                                               ; preds = %76, %40
  %77 = phi i32 [ %36, %40 ], [ %89, %76 ]
  %78 = phi i64 [ 1, %40 ], [ %94, %76 ]
  %79 = phi i32 [ 0, %40 ], [ %93, %76 ]
  %80 = phi i64 [ 0, %40 ], [ %95, %76 ]
  %81 = getelementptr inbounds [100 x i32], [100 x i32]* @primes, i64 0, i64 %78
  %82 = load i32, i32* %81, align 4, !tbaa !5
  %83 = sub nsw i32 %82, %77
  %84 = icmp eq i32 %83, 2
  %85 = zext i1 %84 to i32
  %86 = add nuw nsw i32 %79, %85
  %87 = add nuw nsw i64 %78, 1
  %88 = getelementptr inbounds [100 x i32], [100 x i32]* @primes, i64 0, i64 %87
  %89 = load i32, i32* %88, align 4, !tbaa !5
  %90 = sub nsw i32 %89, %82
  %91 = icmp eq i32 %90, 2
  %92 = zext i1 %91 to i32
  %93 = add nuw nsw i32 %86, %92
  %94 = add nuw nsw i64 %78, 2
  %95 = add i64 %80, 2
  %96 = icmp eq i64 %95, %41
  br i1 %96, label %97, label %76, !llvm.loop !14

97:                                               ; preds = %76, %34
  %98 = phi i32 [ undef, %34 ], [ %93, %76 ]
  %99 = phi i32 [ %36, %34 ], [ %89, %76 ]
  %100 = phi i64 [ 1, %34 ], [ %94, %76 ]
  %101 = phi i32 [ 0, %34 ], [ %93, %76 ]
  %102 = icmp eq i64 %38, 0
  br i1 %102, label %110, label %103

103:                                              ; preds = %97
  %104 = getelementptr inbounds [100 x i32], [100 x i32]* @primes, i64 0, i64 %100
  %105 = load i32, i32* %104, align 4, !tbaa !5
  %106 = sub nsw i32 %105, %99
  %107 = icmp eq i32 %106, 2
  %108 = zext i1 %107 to i32
  %109 = add nuw nsw i32 %101, %108
  br label %110

110:                                              ; preds = %103, %97, %32
  %111 = phi i32 [ 0, %32 ], [ %98, %97 ], [ %109, %103 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str, i64 0, i64 0), i32 noundef %25, i32 noundef %111, i32 noundef %73) #4
  %112 = add nsw i32 %111, %25
  ret i32 %112
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
