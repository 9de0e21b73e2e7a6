; ModuleID = 'perf_prime_sieve.sy'
source_filename = "perf_prime_sieve.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@composite = dso_local local_unnamed_addr global [2000001 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [16 x i8] c"primes<=%d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"largest gap %d after %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"sum mod p: %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local void @cross_out(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = mul i32 %0, %0
  %4 = icmp sgt i32 %3, %1
  br i1 %4, label %14, label %5

5:                                                ; preds = %2
  %6 = sext i32 %3 to i64
  %7 = sext i32 %0 to i64
  %8 = sext i32 %1 to i64
  br label %9

9:                                                ; preds = %5, %9
  %10 = phi i64 [ %6, %5 ], [ %12, %9 ]
  %11 = getelementptr inbounds [2000001 x i32], [2000001 x i32]* @composite, i64 0, i64 %10
  store i32 1, i32* %11, align 4, !tbaa !5
  %12 = add i64 %10, %7
  %13 = icmp sgt i64 %12, %8
  br i1 %13, label %14, label %9, !llvm.loop !9

14:                                               ; preds = %9, %2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @is_prime(i32 noundef %0) local_unnamed_addr #1 {
  %2 = sext i32 %0 to i64
  %3 = getelementptr inbounds [2000001 x i32], [2000001 x i32]* @composite, i64 0, i64 %2
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = icmp eq i32 %4, 0
  %6 = zext i1 %5 to i32
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @add_mod(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = add nsw i32 %1, %0
  %4 = icmp sgt i32 %3, 1000000006
  %5 = add nsw i32 %3, -1000000007
  %6 = select i1 %4, i32 %5, i32 %3
  ret i32 %6
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 @getint() #5
  tail call void @starttime() #5
  %2 = icmp slt i32 %1, 4
  br i1 %2, label %5, label %3

3:                                                ; preds = %0
  %4 = zext i32 %1 to i64
  br label %10

5:                                                ; preds = %23, %0
  %6 = icmp slt i32 %1, 2
  br i1 %6, label %59, label %7

7:                                                ; preds = %5
  %8 = add nuw nsw i32 %1, 1
  %9 = zext i32 %8 to i64
  br label %28

10:                                               ; preds = %3, %23
  %11 = phi i64 [ 2, %3 ], [ %24, %23 ]
  %12 = phi i32 [ 4, %3 ], [ %26, %23 ]
  %13 = getelementptr inbounds [2000001 x i32], [2000001 x i32]* @composite, i64 0, i64 %11
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %23

16:                                               ; preds = %10
  %17 = sext i32 %12 to i64
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ %17, %16 ], [ %21, %18 ]
  %20 = getelementptr inbounds [2000001 x i32], [2000001 x i32]* @composite, i64 0, i64 %19
  store i32 1, i32* %20, align 4, !tbaa !5
  %21 = add i64 %19, %11
  %22 = icmp sgt i64 %21, %4
  br i1 %22, label %23, label %18, !llvm.loop !9

23:                                               ; preds = %18, %10
  %24 = add nuw nsw i64 %11, 1
  %25 = trunc i64 %24 to i32
  %26 = mul i32 %25, %25
  %27 = icmp sgt i32 %26, %1
  br i1 %27, label %5, label %10, !llvm.loop !11

28:                                               ; preds = %7, %51
  %29 = phi i64 [ 2, %7 ], [ %57, %51 ]
  %30 = phi i32 [ 0, %7 ], [ %56, %51 ]
  %31 = phi i32 [ 0, %7 ], [ %55, %51 ]
  %32 = phi i32 [ 0, %7 ], [ %54, %51 ]
  %33 = phi i32 [ 0, %7 ], [ %53, %51 ]
  %34 = phi i32 [ 0, %7 ], [ %52, %51 ]
  %35 = getelementptr inbounds [2000001 x i32], [2000001 x i32]* @composite, i64 0, i64 %29
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %51

38:                                               ; preds = %28
  %39 = add nsw i32 %34, 1
  %40 = icmp sgt i32 %33, 0
  %41 = trunc i64 %29 to i32
  %42 = sub nsw i32 %41, %33
  %43 = icmp sgt i32 %42, %32
  %44 = select i1 %40, i1 %43, i1 false
  %45 = select i1 %44, i32 %42, i32 %32
  %46 = select i1 %44, i32 %33, i32 %31
  %47 = add nsw i32 %30, %41
  %48 = icmp sgt i32 %47, 1000000006
  %49 = add nsw i32 %47, -1000000007
  %50 = select i1 %48, i32 %49, i32 %47
  br label %51

51:                                               ; preds = %38, %28
  %52 = phi i32 [ %39, %38 ], [ %34, %28 ]
  %53 = phi i32 [ %41, %38 ], [ %33, %28 ]
  %54 = phi i32 [ %45, %38 ], [ %32, %28 ]
  %55 = phi i32 [ %46, %38 ], [ %31, %28 ]
  %56 = phi i32 [ %50, %38 ], [ %30, %28 ]
  %57 = add nuw nsw i64 %29, 1
  %58 = icmp eq i64 %57, %9
  br i1 %58, label %59, label %28, !llvm.loop !12

59:                                               ; preds = %51, %5
  %60 = phi i32 [ 0, %5 ], [ %52, %51 ]
  %61 = phi i32 [ 0, %5 ], [ %54, %51 ]
  %62 = phi i32 [ 0, %5 ], [ %55, %51 ]
  %63 = phi i32 [ 0, %5 ], [ %56, %51 ]
  tail call void @stoptime() #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %60) #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str.1, i64 0, i64 0), i32 noundef %61, i32 noundef %62) #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.2, i64 0, i64 0), i32 noundef %63) #5
  %64 = srem i32 %60, 256
  ret i32 %64
}

declare i32 @getint() local_unnamed_addr #4

declare void @starttime() local_unnamed_addr #4

declare void @stoptime() local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
