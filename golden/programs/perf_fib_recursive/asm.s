	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_fib_recursive.sy"
	.globl	add_mod                         # -- Begin function add_mod
	.p2align	1
	.type	add_mod,@function
add_mod:                                # @add_mod
# %bb.0:
	addw	a0, a0, a1
	lui	a1, 244
	addiw	a1, a1, 582
	bge	a1, a0, .LBB0_2
# %bb.1:
	lui	a1, 1048332
	addiw	a1, a1, -583
	addw	a0, a0, a1
.LBB0_2:
	ret
.Lfunc_end0:
	.size	add_mod, .Lfunc_end0-add_mod
                                        # -- End function
	.globl	mul_mod                         # -- Begin function mul_mod
	.p2align	1
	.type	mul_mod,@function
mul_mod:                                # @mul_mod
# %bb.0:
	sraiw	a2, a1, 31
	srliw	a2, a2, 22
	add	a2, a2, a1
	sraiw	a3, a2, 10
	andi	a2, a2, -1024
	subw	a6, a1, a2
	mulw	a2, a3, a0
	lui	a3, 137438
	addiw	a3, a3, -35
	mul	a4, a2, a3
	srli	a5, a4, 63
	srai	a4, a4, 49
	addw	a4, a4, a5
	lui	a5, 244
	addiw	a5, a5, 583
	mulw	a4, a4, a5
	subw	a2, a2, a4
	slliw	a2, a2, 10
	mul	a4, a2, a3
	srli	a1, a4, 63
	srai	a4, a4, 49
	addw	a1, a1, a4
	mulw	a1, a1, a5
	subw	a1, a2, a1
	mulw	a0, a6, a0
	mul	a2, a0, a3
	srli	a4, a2, 63
	srai	a2, a2, 49
	addw	a2, a2, a4
	mulw	a2, a2, a5
	subw	a0, a0, a2
	addw	a0, a0, a1
	mul	a1, a0, a3
	srli	a2, a1, 63
	srai	a1, a1, 49
	addw	a1, a1, a2
	mulw	a1, a1, a5
	subw	a0, a0, a1
	ret
.Lfunc_end1:
	.size	mul_mod, .Lfunc_end1-mul_mod
                                        # -- End function
	.globl	fib_naive                       # -- Begin function fib_naive
	.p2align	1
	.type	fib_naive,@function
fib_naive:                              # @fib_naive
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	li	a1, 1
	mv	s0, a0
	bge	a1, a0, .LBB2_3
# %bb.1:
	addiw	a0, s0, -1
	call	fib_naive
	mv	s1, a0
	addiw	a0, s0, -2
	call	fib_naive
	addw	s0, a0, s1
	lui	a0, 244
	addiw	a0, a0, 582
	bge	a0, s0, .LBB2_3
# %bb.2:
	lui	a0, 1048332
	addiw	a0, a0, -583
	addw	s0, s0, a0
.LBB2_3:
	mv	a0, s0
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	fib_naive, .Lfunc_end2-fib_naive
                                        # -- End function
	.globl	fib_iter                        # -- Begin function fib_iter
	.p2align	1
	.type	fib_iter,@function
fib_iter:                               # @fib_iter
# %bb.0:
	blez	a0, .LBB3_6
# %bb.1:
	li	a1, 0
	li	a2, 0
	li	a5, 1
	lui	a3, 1048332
	addiw	a6, a3, -583
	lui	a3, 244
	addiw	a4, a3, 582
	j	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	addiw	a2, a2, 1
	mv	a1, a3
	bge	a2, a0, .LBB3_5
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	mv	a3, a5
	addw	a5, a5, a1
	bge	a4, a5, .LBB3_2
# %bb.4:                                #   in Loop: Header=BB3_3 Depth=1
	addw	a5, a5, a6
	j	.LBB3_2
.LBB3_5:
	mv	a0, a3
	ret
.LBB3_6:
	li	a0, 0
	ret
.Lfunc_end3:
	.size	fib_iter, .Lfunc_end3-fib_iter
                                        # -- End function
	.globl	fib_doubling                    # -- Begin function fib_doubling
	.p2align	1
	.type	fib_doubling,@function
fib_doubling:                           # @fib_doubling
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
.LBB4_13:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(pair_second)
	addi	s2, s2, %pcrel_lo(.LBB4_13)
	beqz	a0, .LBB4_9
# %bb.1:
	mv	s3, a0
	srliw	a0, a0, 31
	addw	a0, s3, a0
	sraiw	a0, a0, 1
	call	fib_doubling
	lw	a2, 0(s2)
	slli	a1, a2, 1
	lui	a3, 1048332
	lui	a4, 122
	addiw	a4, a4, 291
	addiw	a6, a3, -583
	bge	a4, a2, .LBB4_3
# %bb.2:
	add	a1, a1, a6
.LBB4_3:
	subw	a1, a1, a0
	lui	a4, 244
	addiw	a3, a4, 583
	addw	a1, a1, a3
	addiw	a7, a4, 582
	bge	a7, a1, .LBB4_5
# %bb.4:
	addw	a1, a1, a6
.LBB4_5:
	sraiw	a5, a1, 31
	srliw	a5, a5, 22
	add	a5, a5, a1
	sraiw	s1, a5, 10
	andi	a5, a5, -1024
	subw	a1, a1, a5
	mulw	s1, s1, a0
	lui	a5, 137438
	addiw	a5, a5, -35
	mul	a4, s1, a5
	srli	s0, a4, 63
	srai	a4, a4, 49
	addw	a4, a4, s0
	mulw	a4, a4, a3
	subw	a4, s1, a4
	slliw	a4, a4, 10
	mul	s1, a4, a5
	srli	s0, s1, 63
	srai	s1, s1, 49
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a4, a4, s1
	mulw	a1, a1, a0
	mul	s1, a1, a5
	srli	s0, s1, 63
	srai	s1, s1, 49
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a1, a1, s1
	addw	t1, a4, a1
	mul	a4, t1, a5
	srli	s1, a4, 63
	srai	a4, a4, 49
	addw	t0, a4, s1
	sraiw	a4, a0, 31
	srliw	a4, a4, 22
	add	a4, a4, a0
	sraiw	s0, a4, 10
	andi	a4, a4, -1024
	subw	a4, a0, a4
	mulw	s0, s0, a0
	mul	s1, s0, a5
	srli	a1, s1, 63
	srai	s1, s1, 49
	addw	a1, a1, s1
	mulw	a1, a1, a3
	subw	a1, s0, a1
	slliw	a1, a1, 10
	mul	s1, a1, a5
	srli	s0, s1, 63
	srai	s1, s1, 49
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a1, a1, s1
	mulw	a0, a4, a0
	mul	a4, a0, a5
	srli	s1, a4, 63
	srai	a4, a4, 49
	addw	a4, a4, s1
	mulw	a4, a4, a3
	subw	a0, a0, a4
	addw	a0, a0, a1
	mul	a1, a0, a5
	srli	a4, a1, 63
	srai	a1, a1, 49
	addw	a1, a1, a4
	mulw	a1, a1, a3
	subw	a0, a0, a1
	sraiw	a1, a2, 31
	srliw	a1, a1, 22
	add	a1, a1, a2
	sraiw	a4, a1, 10
	andi	a1, a1, -1024
	subw	a1, a2, a1
	mulw	a4, a4, a2
	mul	s1, a4, a5
	srli	s0, s1, 63
	srai	s1, s1, 49
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a4, a4, s1
	slliw	a4, a4, 10
	mul	s1, a4, a5
	srli	s0, s1, 63
	srai	s1, s1, 49
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a4, a4, s1
	mulw	a1, a1, a2
	mul	a2, a1, a5
	srli	s1, a2, 63
	srai	a2, a2, 49
	addw	a2, a2, s1
	mulw	a2, a2, a3
	subw	a1, a1, a2
	addw	a1, a1, a4
	mul	a2, a1, a5
	srli	a4, a2, 63
	srai	a2, a2, 49
	addw	a2, a2, a4
	mulw	a2, a2, a3
	subw	a1, a1, a2
	addw	a0, a0, a1
	mulw	a2, t0, a3
	bge	a7, a0, .LBB4_7
# %bb.6:
	addw	a0, a0, a6
.LBB4_7:
	andi	a1, s3, 1
	subw	a2, t1, a2
	bnez	a1, .LBB4_10
# %bb.8:
	mv	a1, a0
	mv	a0, a2
	j	.LBB4_12
.LBB4_9:
	li	a0, 0
	li	a1, 1
	j	.LBB4_12
.LBB4_10:
	addw	a1, a2, a0
	lui	a2, 244
	addiw	a2, a2, 582
	bge	a2, a1, .LBB4_12
# %bb.11:
	lui	a2, 262083
	slli	a2, a2, 2
	addi	a2, a2, -583
	addw	a1, a1, a2
.LBB4_12:
	sw	a1, 0(s2)
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	fib_doubling, .Lfunc_end4-fib_doubling
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	sd	s8, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s2, a0
	call	getint@plt
	mv	s3, a0
	call	starttime@plt
	mv	a0, s2
	call	fib_naive
	mv	s4, a0
	bltz	s3, .LBB5_11
# %bb.1:
	li	a0, 0
	li	s5, 0
	li	s6, 0
	lui	a1, 262083
	slli	a1, a1, 2
	addi	s7, a1, -583
	lui	a1, 244
	addiw	s8, a1, 582
	j	.LBB5_3
.LBB5_2:                                #   in Loop: Header=BB5_3 Depth=1
	xor	a0, a0, s0
	snez	a0, a0
	addw	s6, s6, a0
	addiw	a0, s1, 1
	bge	s1, s3, .LBB5_12
.LBB5_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB5_6 Depth 2
	mv	s1, a0
	beqz	a0, .LBB5_8
# %bb.4:                                #   in Loop: Header=BB5_3 Depth=1
	li	a2, 0
	li	a0, 0
	li	a1, 1
	j	.LBB5_6
.LBB5_5:                                #   in Loop: Header=BB5_6 Depth=2
	addiw	a0, a0, 1
	mv	a2, s0
	bgeu	a0, s1, .LBB5_9
.LBB5_6:                                #   Parent Loop BB5_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s0, a1
	addw	a1, a1, a2
	bge	s8, a1, .LBB5_5
# %bb.7:                                #   in Loop: Header=BB5_6 Depth=2
	addw	a1, a1, s7
	j	.LBB5_5
.LBB5_8:                                #   in Loop: Header=BB5_3 Depth=1
	li	s0, 0
.LBB5_9:                                #   in Loop: Header=BB5_3 Depth=1
	mv	a0, s1
	call	fib_doubling
	addw	s5, s0, s5
	bge	s8, s5, .LBB5_2
# %bb.10:                               #   in Loop: Header=BB5_3 Depth=1
	addw	s5, s5, s7
	j	.LBB5_2
.LBB5_11:
	li	s6, 0
	li	s5, 0
.LBB5_12:
	lui	a0, 244141
	addiw	a0, a0, -1536
	call	fib_doubling
	mv	s1, a0
	call	stoptime@plt
.LBB5_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB5_13)
	mv	a1, s2
	mv	a2, s4
	call	putf@plt
.LBB5_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB5_14)
	mv	a1, s3
	mv	a2, s5
	mv	a3, s6
	call	putf@plt
.LBB5_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.2)
	addi	a0, a0, %pcrel_lo(.LBB5_15)
	lui	a1, 244
	addiw	a1, a1, 583
	mv	a2, s1
	call	putf@plt
	add	a0, s5, s6
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	ld	s8, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
                                        # -- End function
	.type	MOD,@object                     # @MOD
	.section	.rodata,"a",@progbits
	.globl	MOD
	.p2align	2
MOD:
	.word	1000007                         # 0xf4247
	.size	MOD, 4

	.type	pair_second,@object             # @pair_second
	.section	.sbss,"aw",@nobits
	.globl	pair_second
	.p2align	2
pair_second:
	.word	0                               # 0x0
	.size	pair_second, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"naive F(%d)=%d\n"
	.size	.L.str, 16

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"sum F(0..%d)=%d bad=%d\n"
	.size	.L.str.1, 24

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"F(10^9) mod %d = %d\n"
	.size	.L.str.2, 21

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
